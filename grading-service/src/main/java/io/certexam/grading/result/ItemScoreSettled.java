package io.certexam.grading.result;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The score an item keeps: the single mark, the mean of two marks within tolerance (rounded half up to the
 * cent), or the moderator's.
 */
public record ItemScoreSettled(String attemptId, String itemId, BigDecimal score, String rule, Instant settledAt) {
}
