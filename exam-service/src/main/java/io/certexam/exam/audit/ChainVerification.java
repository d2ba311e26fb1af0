package io.certexam.exam.audit;

/**
 * The answer of {@code GET /api/attempts/{id}/verification}.
 *
 * @param brokenAt the sequence number of the first event that is not what was recorded (null when valid)
 * @param problem  what was found there, in words
 * @param headHash the hash of the newest event as recomputed now
 */
public record ChainVerification(String attemptId, boolean valid, int events, Long brokenAt, String problem,
                         String headHash) {

    static ChainVerification valid(String attemptId, int events, String headHash) {
        return new ChainVerification(attemptId, true, events, null, null, headHash);
    }

    static ChainVerification broken(String attemptId, int events, long at, String problem) {
        return new ChainVerification(attemptId, false, events, at, problem, null);
    }
}
