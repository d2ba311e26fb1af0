package io.certexam.reporting.transcript;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A candidate's attempts, newest first, each with its current result. {@code certificates} stays
 * empty until certificates are issued (issue 6).
 */
public record Transcript(String candidateId, List<Attempt> attempts, List<Object> certificates) {

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
