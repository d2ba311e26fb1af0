package io.certexam.contracts.grading;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score of one item. {@code omitted} means the candidate gave no response; {@code keyRevision}
 * is the answer-key revision the score was computed with; {@code score} is null while the item
 * awaits manual grading.
 */
public record ItemScore(String itemId, String questionId, Integer questionVersion, Integer keyRevision,
                        BigDecimal score, BigDecimal maxScore, boolean omitted, List<ItemScore> children) {
}
