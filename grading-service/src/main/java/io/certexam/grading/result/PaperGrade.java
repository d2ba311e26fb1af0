package io.certexam.grading.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scored paper. While items wait for a grader the score counts only what is scored so far and
 * {@code passed} is false.
 */
public record PaperGrade(ResultStatus status, BigDecimal score, BigDecimal maxScore, BigDecimal percent,
                         boolean passed, List<ItemGrade> items, List<SectionGrade> sections) {
}
