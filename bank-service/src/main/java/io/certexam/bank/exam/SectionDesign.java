package io.certexam.bank.exam;

import java.math.BigDecimal;
import java.util.List;

/**
 * A section holds either fixed {@code questionIds} or a random {@code draw}. {@code pointsPerQuestion},
 * when given, overrides the points of each question in the section.
 */
public record SectionDesign(String title, List<String> questionIds, DrawCriteria draw, BigDecimal pointsPerQuestion) {
}
