package io.certexam.reporting.summary;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param attempts               started attempts that were not voided
 * @param graded                 of those, attempts whose current result is FINAL
 * @param passed                 of those, attempts whose current result passed
 * @param passRate               passed / graded, a fraction 0–1 with 4 decimals; null when nothing is graded
 * @param averageDurationSeconds mean time from start to submission of submitted attempts, whole seconds
 * @param histogram              graded attempts by percent score in {@code ?bins=} equal bins over 0–100
 * @param sections               per section title: mean points and Σscore/Σmax over graded attempts
 * @param tags                   per tag: the same
 */
public record ExamSummary(String examId, String title, long attempts, long graded, long passed, BigDecimal passRate,
                          BigDecimal mean, BigDecimal median, BigDecimal stdDev, BigDecimal min, BigDecimal max,
                          Long averageDurationSeconds, List<ScoreHistogram.Bin> histogram, List<GroupMean> sections,
                          List<GroupMean> tags) {
}
