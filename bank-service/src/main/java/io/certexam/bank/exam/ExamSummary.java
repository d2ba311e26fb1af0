package io.certexam.bank.exam;

import java.time.Instant;

public record ExamSummary(String id, String title, ExamStatus status, Integer version, boolean editing,
                          Instant createdAt, Instant publishedAt) {
}
