package io.certexam.exam.attempt;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record FlagItem(@TargetAggregateIdentifier String attemptId, String candidateId, String itemId, boolean flagged,
                       Instant requestedAt) {
}
