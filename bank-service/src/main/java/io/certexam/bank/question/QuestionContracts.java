package io.certexam.bank.question;

import java.util.List;

import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.OptionContent;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.contracts.bank.RubricCriterion;

/**
 * Translates the bank's question model into the published language. Lists are never null (empty when they
 * do not apply), so consumers can iterate without checks; fields of other question types are null.
 */
public final class QuestionContracts {

    private QuestionContracts() {
    }

    /**
     * What candidates may see: never a key, reference answer, rubric or explanation. A scenario's children
     * carry their own ids ({@code <questionId>-<n>}), which is what responses and child keys name.
     */
    public static QuestionContent content(PublishedQuestion question) {
        return new QuestionContent(
                question.questionId(),
                question.type().name(),
                question.stem(),
                question.options() == null ? List.of()
                        : question.options().stream().map(o -> new OptionContent(o.id(), o.text())).toList(),
                question.points(),
                question.multipleChoiceScoring() == null ? null : question.multipleChoiceScoring().name(),
                question.openResponseKind() == null ? null : question.openResponseKind().name(),
                question.children() == null ? List.of()
                        : question.children().stream().map(QuestionContracts::content).toList(),
                question.tags() == null ? List.of() : question.tags(),
                question.difficulty(),
                question.language(),
                question.maxResponseLength());
    }

    /**
     * Everything grading needs for one item. {@code itemId} is the question id; a scenario's key has no answer
     * of its own and lists its children's keys, in order, each with the child id as {@code itemId}.
     */
    public static AnswerKey key(String questionId, AuthoredQuestion question) {
        if (question.type() == QuestionType.SCENARIO) {
            return new AnswerKey(questionId, question.type().name(), question.points(), null, List.of(), null, null,
                    List.of(), question.children().stream().map(child -> key(child.id(), child)).toList());
        }
        Answer answer = question.answer();
        return new AnswerKey(
                questionId,
                question.type().name(),
                question.points(),
                question.multipleChoiceScoring() == null ? null : question.multipleChoiceScoring().name(),
                answer.optionIds() == null ? List.of() : answer.optionIds(),
                answer.value(),
                answer.referenceAnswer(),
                answer.rubric() == null ? List.of()
                        : answer.rubric().stream().map(r -> new RubricCriterion(r.criterion(), r.points())).toList(),
                List.of());
    }
}
