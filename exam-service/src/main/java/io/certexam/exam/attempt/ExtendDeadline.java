package io.certexam.exam.attempt;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ExtendDeadline(@TargetAggregateIdentifier String attemptId, int minutes, String reason, String proctorId,
                             Instant requestedAt) {
}
