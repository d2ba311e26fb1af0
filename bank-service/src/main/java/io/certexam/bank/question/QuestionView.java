package io.certexam.bank.question;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One version of a question for its authors, key and explanation included. {@code status} is this
 * version's (RETIRED when the question is retired); {@code publishedVersion} is the question's latest
 * published version, the one new exams would use.
 */
public record QuestionView(
        String id,
        int version,
        QuestionStatus status,
        Integer publishedVersion,
        QuestionType type,
        String stem,
        List<ChoiceOption> options,
        Answer answer,
        BigDecimal points,
        MultipleChoiceScoring multipleChoiceScoring,
        String explanation,
        List<String> tags,
        Integer difficulty,
        String language,
        int keyRevision,
        Instant updatedAt,
        Instant publishedAt,
        List<VersionSummary> versions) {

    public record VersionSummary(int version, QuestionStatus status, Instant publishedAt) {
    }
}
