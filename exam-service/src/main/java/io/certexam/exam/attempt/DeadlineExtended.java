package io.certexam.exam.attempt;

import java.time.Instant;

/** A proctor gave the candidate more time during the attempt. */
public record DeadlineExtended(String attemptId, int minutes, String reason, String extendedBy, Instant newDeadline,
                               Instant extendedAt) {
}
