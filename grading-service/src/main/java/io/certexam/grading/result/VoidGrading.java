package io.certexam.grading.result;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record VoidGrading(@TargetAggregateIdentifier String attemptId, String reason, String voidedBy,
                          Instant voidedAt) {
}
