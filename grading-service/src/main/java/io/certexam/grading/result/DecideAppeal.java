package io.certexam.grading.result;

import java.math.BigDecimal;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * @param newScore             the item's score when the appeal is upheld
 * @param suggestKeyCorrection an upheld appeal on an objective item says the key may be wrong for everyone
 */
public record DecideAppeal(@TargetAggregateIdentifier String attemptId, String appealId, String graderId,
                           boolean upheld, BigDecimal newScore, String reason, boolean suggestKeyCorrection,
                           Instant requestedAt) {
}
