package io.certexam.contracts.bank;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything grading needs to score one item: its type, points, scoring policy and key.
 *
 * @param optionIds      correct option ids (choice items)
 * @param value          the correct answer of a TRUE_FALSE item
 * @param referenceAnswer model answer shown to graders (open response)
 * @param rubric         criteria with points summing to {@code points} (open response)
 * @param children       keys of a scenario's children, in order
 */
public record AnswerKey(
        String itemId,
        String type,
        BigDecimal points,
        String multipleChoiceScoring,
        List<String> optionIds,
        Boolean value,
        String referenceAnswer,
        List<RubricCriterion> rubric,
        List<AnswerKey> children) {
}
