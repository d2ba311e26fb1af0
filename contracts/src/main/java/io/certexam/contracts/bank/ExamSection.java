package io.certexam.contracts.bank;

import java.math.BigDecimal;
import java.util.List;

/**
 * A section of an exam: either fixed {@code questions} or a {@code draw}. {@code pointsPerQuestion},
 * when present, overrides each question's own points.
 */
public record ExamSection(String title, List<QuestionRef> questions, DrawRule draw, BigDecimal pointsPerQuestion) {
}
