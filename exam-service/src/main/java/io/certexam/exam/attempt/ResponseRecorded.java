package io.certexam.exam.attempt;

import java.time.Instant;

/**
 * An accepted answer change of one item.
 *
 * @param withinGrace the save arrived after the deadline, inside the grace for in-flight requests
 */
public record ResponseRecorded(String attemptId, String candidateId, String itemId, Answer answer, long clientSeq,
                               Instant savedAt, boolean withinGrace) {
}
