package io.certexam.grading.exam;

import java.math.BigDecimal;

/**
 * What grading needs of a published exam version: its pass mark. {@code passScore} (points) wins when
 * both are set, as in {@code ExamPublished}; with neither, nobody passes.
 */
public record ExamPolicy(String examId, int version, String title, BigDecimal passScore, BigDecimal passPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Compares the exact ratio, not the rounded percent, so 59.995 % does not pass a 60 % mark.
     */
    public boolean passes(BigDecimal score, BigDecimal maxScore) {
        if (passScore != null) {
            return score.compareTo(passScore) >= 0;
        }
        if (passPercent != null) {
            return score.multiply(HUNDRED).compareTo(passPercent.multiply(maxScore)) >= 0;
        }
        return false;
    }
}
