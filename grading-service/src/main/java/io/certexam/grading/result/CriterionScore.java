package io.certexam.grading.result;

import java.math.BigDecimal;

/** Points given for one rubric criterion (or, for an item without a rubric, the criterion {@code total}). */
public record CriterionScore(String criterion, BigDecimal points) {
}
