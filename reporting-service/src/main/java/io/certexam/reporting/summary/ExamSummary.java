package io.certexam.reporting.summary;

import java.math.BigDecimal;

/**
 * @param attempts               started attempts that were not voided
 * @param graded                 of those, attempts whose current result is FINAL
 * @param passed                 of those, attempts whose current result passed
 * @param passRate               passed / graded, a fraction 0–1 with 4 decimals; null when nothing is graded
 * @param averageDurationSeconds mean time from start to submission of submitted attempts, whole seconds
 */
public record ExamSummary(String examId, String title, long attempts, long graded, long passed, BigDecimal passRate,
                          BigDecimal mean, BigDecimal median, BigDecimal stdDev, BigDecimal min, BigDecimal max,
                          Long averageDurationSeconds) {
}
