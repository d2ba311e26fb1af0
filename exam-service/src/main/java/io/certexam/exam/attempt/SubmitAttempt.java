package io.certexam.exam.attempt;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitAttempt(@TargetAggregateIdentifier String attemptId, String candidateId, Instant requestedAt) {
}
