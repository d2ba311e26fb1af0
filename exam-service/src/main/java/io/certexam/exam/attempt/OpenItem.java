package io.certexam.exam.attempt;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenItem(@TargetAggregateIdentifier String attemptId, String candidateId, String itemId,
                       Instant requestedAt) {
}
