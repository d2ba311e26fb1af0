package io.certexam.exam.attempt;

import java.time.Instant;

/** An accepted answer change of one item. */
public record ResponseRecorded(String attemptId, String candidateId, String itemId, Answer answer, long clientSeq,
                               Instant savedAt) {
}
