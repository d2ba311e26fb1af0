package io.certexam.exam.attempt;

import java.time.Instant;

/** A proctor voided the attempt: it is closed, is not graded and does not count as a result. */
public record AttemptNullified(String attemptId, String reason, String voidedBy, Instant voidedAt) {
}
