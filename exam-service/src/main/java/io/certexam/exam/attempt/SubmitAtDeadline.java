package io.certexam.exam.attempt;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the deadline scheduler; the attempt decides for itself whether it is due. */
public record SubmitAtDeadline(@TargetAggregateIdentifier String attemptId, Instant requestedAt) {
}
