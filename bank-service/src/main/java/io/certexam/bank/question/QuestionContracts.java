package io.certexam.bank.question;

import java.util.List;

import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.OptionContent;
import io.certexam.contracts.bank.QuestionContent;

/**
 * Translates the bank's question model into the published language. Lists are never null (empty when they
 * do not apply), so consumers can iterate without checks; fields of other question types are null.
 */
public final class QuestionContracts {

    private QuestionContracts() {
    }

    /** What candidates may see: never the key or the explanation. */
    public static QuestionContent content(PublishedQuestion question) {
        return new QuestionContent(
                question.questionId(),
                question.type().name(),
                question.stem(),
                question.options().stream().map(o -> new OptionContent(o.id(), o.text())).toList(),
                question.points(),
                question.multipleChoiceScoring() == null ? null : question.multipleChoiceScoring().name(),
                null,
                List.of(),
                question.tags(),
                question.difficulty(),
                question.language(),
                null);
    }

    /** Everything grading needs for one item; {@code itemId} is the question id. */
    public static AnswerKey key(String questionId, AuthoredQuestion question) {
        Answer answer = question.answer();
        return new AnswerKey(
                questionId,
                question.type().name(),
                question.points(),
                question.multipleChoiceScoring() == null ? null : question.multipleChoiceScoring().name(),
                answer.optionIds() == null ? List.of() : answer.optionIds(),
                answer.value(),
                null,
                List.of(),
                List.of());
    }
}
