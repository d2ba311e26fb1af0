package io.certexam.grading.result;

import java.math.BigDecimal;
import java.time.Instant;

/** One entry of {@code GET /api/results/{attemptId}/history}; {@code actor} is {@code system} for automatic grading. */
record RevisionView(int revision, ResultStatus status, BigDecimal score, BigDecimal maxScore, BigDecimal percent,
                    boolean passed, String reason, String actor, Instant gradedAt) {
}
