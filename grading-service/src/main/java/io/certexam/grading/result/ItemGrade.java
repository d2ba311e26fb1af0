package io.certexam.grading.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one item was scored. {@code score} is null while the item waits for a grader; {@code keyRevision}
 * names the answer-key revision used; a scenario's score is the sum of its {@code children}.
 */
public record ItemGrade(String itemId, String questionId, int questionVersion, Integer keyRevision, BigDecimal score,
                        BigDecimal maxScore, boolean omitted, List<ItemGrade> children) {
}
