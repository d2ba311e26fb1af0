package io.certexam.contracts.grading;

import java.math.BigDecimal;

public record TagScore(String tag, BigDecimal score, BigDecimal maxScore) {
}
