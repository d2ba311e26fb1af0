package io.certexam.grading.result;

import java.math.BigDecimal;
import java.time.Instant;

/** A candidate contests the score of one item of a FINAL result. */
public record AppealFiled(String attemptId, String appealId, String examId, String itemId, String questionId,
                          int questionVersion, BigDecimal currentScore, BigDecimal maxScore, String reason,
                          Instant filedAt) {
}
