package io.certexam.grading.result;

import java.math.BigDecimal;
import java.time.Instant;

public record AppealDecided(String attemptId, String appealId, String itemId, boolean upheld, BigDecimal oldScore,
                            BigDecimal newScore, String reason, String decidedBy, boolean suggestKeyCorrection,
                            Instant decidedAt) {
}
