package io.certexam.exam.accommodation;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record GrantAccommodation(@TargetAggregateIdentifier String accommodationId, String examId, String candidateId,
                                 int extraPercent, int extraMinutes, String reason, String grantedBy,
                                 Instant requestedAt) {
}
