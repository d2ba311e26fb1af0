package io.certexam.grading.result;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MarkItem(@TargetAggregateIdentifier String attemptId, String itemId, String graderId,
                       List<CriterionScore> criteria, String comment, Instant requestedAt) {
}
