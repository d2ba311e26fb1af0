package io.certexam.contracts.exam;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item of a candidate's paper, in the order shown.
 *
 * @param itemId      id used in responses (the question id; a scenario child's own id)
 * @param points      points this item is worth on this paper (section override applied)
 * @param optionOrder option ids in the order the candidate saw them (labels A, B, C… follow it)
 * @param children    a scenario's child items
 */
public record PaperItem(String itemId, String questionId, int questionVersion, String type, BigDecimal points,
                        List<String> optionOrder, List<PaperItem> children) {
}
