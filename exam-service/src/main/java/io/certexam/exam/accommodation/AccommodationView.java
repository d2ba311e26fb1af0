package io.certexam.exam.accommodation;

import java.time.Instant;

record AccommodationView(String examId, String candidateId, int extraPercent, int extraMinutes, String reason,
                         String grantedBy, Instant grantedAt) {
}
