package io.certexam.contracts.grading;

import java.math.BigDecimal;

public record SectionScore(String title, BigDecimal score, BigDecimal maxScore) {
}
