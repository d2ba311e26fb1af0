package io.certexam.grading.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A grader's mark of one item: the points per criterion, their sum, and a comment. */
public record ItemMarked(String attemptId, String examId, String itemId, String graderId, MarkingStage stage,
                         BigDecimal score, BigDecimal maxScore, List<CriterionScore> criteria, String comment,
                         Instant markedAt) {
}
