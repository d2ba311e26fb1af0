package io.certexam.grading.result;

import java.math.BigDecimal;

/**
 * A regrade reached this attempt: which correction, and the result before and after (the new revision
 * follows as {@link ResultRevisionRecorded}). Recorded once per regrade, so applying it again is a no-op.
 */
public record RegradeApplied(String attemptId, String regradeId, String questionId, int questionVersion,
                             int keyRevision, String reason, String appliedBy, int fromRevision, BigDecimal oldScore,
                             BigDecimal newScore, boolean oldPassed, boolean newPassed) {
}
