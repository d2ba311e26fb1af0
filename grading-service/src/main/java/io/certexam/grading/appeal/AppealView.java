package io.certexam.grading.appeal;

import java.math.BigDecimal;
import java.time.Instant;

/** An appeal without the candidate's identity: graders decide on the item, not the person. */
record AppealView(String appealId, String attemptId, String examId, String itemId, String questionId,
                  int questionVersion, BigDecimal currentScore, BigDecimal maxScore, String reason, Instant filedAt,
                  String status, BigDecimal newScore, String decisionReason, String decidedBy, Instant decidedAt,
                  boolean keyCorrectionSuggested) {
}
