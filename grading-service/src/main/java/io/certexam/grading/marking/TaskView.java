package io.certexam.grading.marking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.certexam.contracts.bank.RubricCriterion;

/**
 * A grading task as a grader sees it: the question, its reference answer and rubric, the response — and
 * nothing about who wrote it (no candidate, no org).
 *
 * @param nextStage   the mark this grader would give: SINGLE, FIRST, SECOND or MODERATION
 * @param earlierMarks for a moderation, the two marks that disagree
 */
record TaskView(String taskId, String attemptId, String itemId, String questionId, int questionVersion, String stem,
                String referenceAnswer, List<RubricCriterion> rubric, String response, BigDecimal maxScore,
                String status, String nextStage, List<EarlierMark> earlierMarks, String claimedBy,
                Instant claimExpiresAt, Instant createdAt) {

    record EarlierMark(String graderId, String stage, BigDecimal score) {
    }
}
