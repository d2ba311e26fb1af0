package io.certexam.bank.exam;

import java.math.BigDecimal;
import java.util.List;

/**
 * A section as published: the exact versions of its fixed {@code questions}, or its {@code draw} with the
 * {@code pool} of versions it draws from. Lists that do not apply are empty.
 */
public record FrozenSection(String title, List<QuestionVersionRef> questions, DrawCriteria draw,
                            List<QuestionVersionRef> pool, BigDecimal pointsPerQuestion) {
}
