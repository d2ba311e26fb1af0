package io.certexam.exam.attempt;

import java.time.Instant;

/** The candidate marked an item for review, or took the mark away. */
public record ItemFlagChanged(String attemptId, String itemId, boolean flagged, Instant changedAt) {
}
