package io.certexam.exam.attempt;

import java.time.Instant;

/** The candidate moved to an item: where a reconnecting client resumes. */
public record ItemOpened(String attemptId, String itemId, Instant openedAt) {
}
