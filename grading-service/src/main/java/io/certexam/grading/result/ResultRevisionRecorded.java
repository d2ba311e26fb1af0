package io.certexam.grading.result;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A new revision of the attempt's result (revisions count from 1 and never replace one another).
 *
 * @param reason      why this revision exists: initial grading, a key correction, an appeal…
 * @param revisedBy   who caused it: {@code system} for automatic grading, else the user id
 * @param passScore   the pass mark the result was judged against (points), or null
 * @param passPercent the pass mark as a percentage of the maximum, used when there is no passScore
 */
public record ResultRevisionRecorded(String attemptId, int revision, String reason, String revisedBy, String examId,
                                     int examVersion, String candidateId, String orgPath, Instant submittedAt,
                                     BigDecimal passScore, BigDecimal passPercent, PaperGrade grade) {
}
