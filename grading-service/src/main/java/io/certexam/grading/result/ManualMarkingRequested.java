package io.certexam.grading.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * The objective part is scored; these items wait for graders.
 *
 * @param doubleMarking two independent marks per item, a moderator when they differ by more than {@code tolerance}
 */
public record ManualMarkingRequested(String attemptId, String examId, int examVersion, List<MarkingTask> tasks,
                                     boolean doubleMarking, BigDecimal tolerance) {
}
