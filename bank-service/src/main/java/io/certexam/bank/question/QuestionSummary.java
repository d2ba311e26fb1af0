package io.certexam.bank.question;

import java.time.Instant;
import java.util.List;

/** A question in a listing, described by its latest version. */
public record QuestionSummary(String id, int version, QuestionStatus status, Integer publishedVersion,
                              QuestionType type, String stem, List<String> tags, Integer difficulty,
                              Instant updatedAt) {
}
