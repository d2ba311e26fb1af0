package io.certexam.bank.exam;

import java.time.Instant;

public record ExamSummary(String id, String title, ExamStatus status, Integer version, Instant createdAt,
                          Instant publishedAt) {
}
