package io.certexam.exam.accommodation;

import java.time.Instant;

/** Extra time for one candidate on one exam, replacing what was granted before. 0 and 0 take it away. */
public record AccommodationGranted(String accommodationId, String examId, String candidateId, int extraPercent,
                                   int extraMinutes, String reason, String grantedBy, Instant grantedAt) {
}
