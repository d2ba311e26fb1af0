package io.certexam.grading.result;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param window how long after the result became FINAL an appeal may be filed (the service's setting) */
public record FileAppeal(@TargetAggregateIdentifier String attemptId, String appealId, String itemId,
                         String candidateId, String reason, Duration window, Instant requestedAt) {
}
