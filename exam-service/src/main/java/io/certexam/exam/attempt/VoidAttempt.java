package io.certexam.exam.attempt;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record VoidAttempt(@TargetAggregateIdentifier String attemptId, String reason, String proctorId,
                          Instant requestedAt) {
}
