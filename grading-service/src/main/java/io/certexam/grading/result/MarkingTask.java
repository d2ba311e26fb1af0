package io.certexam.grading.result;

import java.math.BigDecimal;

/**
 * An answered open-response item (or scenario child) that a person has to score.
 *
 * @param taskId   {@code <attemptId>:<itemId>}, so a task is the same whoever derives it
 * @param response the candidate's text, which graders read without knowing whose it is
 */
public record MarkingTask(String taskId, String itemId, String questionId, int questionVersion, BigDecimal maxScore,
                          String response) {

    public static String idOf(String attemptId, String itemId) {
        return attemptId + ":" + itemId;
    }
}
