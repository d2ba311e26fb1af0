package io.certexam.bank.question;

import java.math.BigDecimal;
import java.util.List;

/**
 * A published question version as exams freeze it and candidates may see it: never its key or explanation.
 * A scenario's {@code children} are published questions too, each with its child id as {@code questionId},
 * the scenario's version and language, and no tags or difficulty of its own. Fields of other types are null.
 */
public record PublishedQuestion(
        String questionId,
        int version,
        QuestionType type,
        String stem,
        List<ChoiceOption> options,
        BigDecimal points,
        MultipleChoiceScoring multipleChoiceScoring,
        OpenResponseKind openResponseKind,
        Integer maxResponseLength,
        List<PublishedQuestion> children,
        List<String> tags,
        Integer difficulty,
        String language) {

    /** A question of the choice and true/false types. */
    public PublishedQuestion(String questionId, int version, QuestionType type, String stem, List<ChoiceOption> options,
                             BigDecimal points, MultipleChoiceScoring multipleChoiceScoring, List<String> tags,
                             Integer difficulty, String language) {
        this(questionId, version, type, stem, options, points, multipleChoiceScoring, null, null, null, tags,
                difficulty, language);
    }

    public static PublishedQuestion of(String questionId, int version, AuthoredQuestion question) {
        List<PublishedQuestion> children = question.children() == null ? null : question.children().stream()
                .map(child -> new PublishedQuestion(child.id(), version, child.type(), child.stem(), child.options(),
                        child.points(), child.multipleChoiceScoring(), child.openResponseKind(),
                        child.maxResponseLength(), null, List.of(), null, question.language()))
                .toList();
        return new PublishedQuestion(questionId, version, question.type(), question.stem(), question.options(),
                question.points(), question.multipleChoiceScoring(), question.openResponseKind(),
                question.maxResponseLength(), children, question.tags(), question.difficulty(), question.language());
    }
}
