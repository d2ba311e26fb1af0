package io.certexam.grading.result;

import java.time.Instant;

/** exam-service voided the attempt: it is not graded (or no longer counts), and its open tasks are withdrawn. */
public record GradingVoided(String attemptId, String reason, String voidedBy, Instant voidedAt) {
}
