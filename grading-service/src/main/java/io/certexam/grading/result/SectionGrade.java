package io.certexam.grading.result;

import java.math.BigDecimal;

public record SectionGrade(String title, BigDecimal score, BigDecimal maxScore) {
}
