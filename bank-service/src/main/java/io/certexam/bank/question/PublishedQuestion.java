package io.certexam.bank.question;

import java.math.BigDecimal;
import java.util.List;

/**
 * A published question version as exams freeze it and candidates may see it: never its key or explanation.
 */
public record PublishedQuestion(
        String questionId,
        int version,
        QuestionType type,
        String stem,
        List<ChoiceOption> options,
        BigDecimal points,
        MultipleChoiceScoring multipleChoiceScoring,
        List<String> tags,
        Integer difficulty,
        String language) {

    public static PublishedQuestion of(String questionId, int version, AuthoredQuestion question) {
        return new PublishedQuestion(questionId, version, question.type(), question.stem(), question.options(),
                question.points(), question.multipleChoiceScoring(), question.tags(), question.difficulty(),
                question.language());
    }
}
