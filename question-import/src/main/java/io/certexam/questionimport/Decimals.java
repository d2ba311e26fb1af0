package io.certexam.questionimport;

import java.math.BigDecimal;

/** Points compare by value: 2, 2.0 and 2.00 are all stored as 2 (BigDecimal.equals would tell them apart). */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
