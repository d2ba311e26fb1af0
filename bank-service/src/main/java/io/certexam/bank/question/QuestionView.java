package io.certexam.bank.question;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One version of a question for its authors, key and explanation included. {@code status} is this
 * version's (RETIRED when the question is retired); {@code publishedVersion} is the question's latest
 * published version, the one new exams would use. A scenario has no {@code answer}: each of its
 * {@code children} carries its own, with its id. Fields of other types are null, {@code children} empty.
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
        OpenResponseKind openResponseKind,
        Integer maxResponseLength,
        List<ChildView> children,
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

    /** A child of a scenario: its id ({@code <questionId>-<n>}) is what responses and keys name. */
    public record ChildView(String id, QuestionType type, String stem, List<ChoiceOption> options, Answer answer,
                            BigDecimal points, MultipleChoiceScoring multipleChoiceScoring,
                            OpenResponseKind openResponseKind, Integer maxResponseLength, String explanation) {

        static ChildView of(AuthoredQuestion child) {
            return new ChildView(child.id(), child.type(), child.stem(), child.options(), child.answer(),
                    child.points(), child.multipleChoiceScoring(), child.openResponseKind(), child.maxResponseLength(),
                    child.explanation());
        }
    }
}
