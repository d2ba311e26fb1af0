package io.certexam.bank.question;

import java.math.BigDecimal;
import java.util.List;

/**
 * One version of a question as the author wrote it, key and explanation included. Once accepted by
 * {@link QuestionRules} every default is filled in, so events always carry the complete version.
 */
public record AuthoredQuestion(
        QuestionType type,
        String stem,
        List<ChoiceOption> options,
        Answer answer,
        BigDecimal points,
        MultipleChoiceScoring multipleChoiceScoring,
        String explanation,
        List<String> tags,
        Integer difficulty,
        String language) {

    public AuthoredQuestion withAnswer(Answer newAnswer) {
        return new AuthoredQuestion(type, stem, options, newAnswer, points, multipleChoiceScoring, explanation, tags,
                difficulty, language);
    }
}
