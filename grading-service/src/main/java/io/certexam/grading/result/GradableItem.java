package io.certexam.grading.result;

import java.math.BigDecimal;
import java.util.List;

import io.certexam.grading.key.KeyRef;

/**
 * One item of the candidate's paper.
 *
 * @param points    worth on this paper (exam-service already applied any section override)
 * @param optionIds every option the candidate was offered (per-option scoring needs the ones not chosen)
 * @param children  a scenario's sub-items, scored with the children of the scenario's key
 */
public record GradableItem(String itemId, String questionId, int questionVersion, String type, BigDecimal points,
                           List<String> optionIds, List<GradableItem> children) {

    public KeyRef keyRef() {
        return new KeyRef(questionId, questionVersion);
    }
}
