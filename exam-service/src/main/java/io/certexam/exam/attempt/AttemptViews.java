package io.certexam.exam.attempt;

import java.time.Instant;
import java.util.List;

import io.certexam.exam.paper.PresentedPaper;

/** JSON shapes of the attempt endpoints. */
final class AttemptViews {

    private AttemptViews() {
    }

    record Started(String attemptId, String examId, int examVersion, Instant startedAt, Instant deadline,
                   PresentedPaper paper) {
    }

    record Attempt(String attemptId, String examId, int examVersion, String candidateId, AttemptStatus status,
                   Instant startedAt, Instant deadline, long remainingSeconds, Instant submittedAt,
                   PresentedPaper paper, List<SavedResponse> responses) {
    }

    record SavedResponse(String itemId, Answer response, long clientSeq, Instant savedAt) {
    }
}
