package io.certexam.reporting.transcript;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.certexam.reporting.certificate.CertificateQuery;

/**
 * A candidate's attempts, newest first, each with its current result, and every certificate the candidate
 * was ever issued (valid, revoked or expired), newest first.
 */
public record Transcript(String candidateId, List<Attempt> attempts, List<CertificateQuery.Held> certificates) {

    /**
     * @param status    IN_PROGRESS, SUBMITTED or VOIDED; SUBMITTED when only the result has arrived so far
     * @param result    the current (highest) revision, or null before grading
     * @param revisions how many result revisions exist
     */
    public record Attempt(String attemptId, String examId, String examTitle, String status, Instant startedAt,
                          Instant submittedAt, Result result, int revisions) {
    }

    /** Scores as grading published them. */
    public record Result(int revision, String status, BigDecimal score, BigDecimal maxScore, BigDecimal percent,
                         boolean passed) {
    }
}
