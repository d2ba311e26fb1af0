package io.certexam.questionimport;

import java.math.BigDecimal;

/** One rubric criterion of an open response, worth {@code points}. */
public record ImportedCriterion(String criterion, BigDecimal points) {

    public ImportedCriterion {
        points = Decimals.canonical(points);
    }
}
