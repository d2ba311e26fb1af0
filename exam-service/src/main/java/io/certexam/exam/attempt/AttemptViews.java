package io.certexam.exam.attempt;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.exam.paper.PresentedPaper;

/** JSON shapes of the attempt endpoints. */
final class AttemptViews {

    private AttemptViews() {
    }

    record Started(String attemptId, String examId, int examVersion, Instant startedAt, Instant deadline,
                   PresentedPaper paper) {
    }

    /**
     * @param remainingSeconds the server's count, 0 once the deadline has passed or the attempt is closed
     * @param flagged          items the candidate marked for review, in the order they were marked
     * @param currentItem      where the candidate last was (null before they moved)
     */
    record Attempt(String attemptId, String examId, int examVersion, String candidateId, AttemptStatus status,
                   Instant startedAt, Instant deadline, int accommodationMinutes, long remainingSeconds,
                   Instant submittedAt, boolean autoSubmitted, Voided voided, List<String> flagged,
                   String currentItem, PresentedPaper paper, List<SavedResponse> responses) {
    }

    record Voided(String reason, String voidedBy, Instant voidedAt) {
    }

    record SavedResponse(String itemId, Answer response, long clientSeq, Instant savedAt, boolean withinGrace) {
    }

    /** One event of the stream, for auditors. */
    record AuditEvent(long sequence, String type, Instant time, String actor, String actorRole, String prevHash,
                      JsonNode payload) {
    }

    /** The attempt's state at {@code asOf}, computed from the events recorded until then. */
    record AsOf(Instant asOf, int eventsUntilThen, Attempt attempt) {
    }

    record Extension(String attemptId, Instant deadline) {
    }
}
