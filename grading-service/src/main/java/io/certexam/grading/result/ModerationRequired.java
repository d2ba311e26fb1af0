package io.certexam.grading.result;

import java.math.BigDecimal;
import java.time.Instant;

/** Two independent marks differ by more than the exam's tolerance: a moderator decides. */
public record ModerationRequired(String attemptId, String itemId, BigDecimal firstScore, BigDecimal secondScore,
                                 BigDecimal tolerance, Instant at) {
}
