package io.certexam.contracts.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.certexam.contracts.IntegrationEvent;

/**
 * A revision of an attempt's result. Revisions count up from 1 and never overwrite one another: the
 * highest revision is the current result. {@code status} is FINAL or AWAITING_MANUAL_GRADING;
 * {@code reason} says why this revision exists (first grading, key correction, appeal…).
 */
public record ResultPublished(int schemaVersion, String attemptId, String examId, int examVersion,
                              String candidateId, String orgPath, int revision, String status,
                              BigDecimal score, BigDecimal maxScore, BigDecimal percent, boolean passed,
                              List<ItemScore> items, List<SectionScore> sections, List<TagScore> tags,
                              String reason, String revisedBy, Instant submittedAt, Instant gradedAt)
        implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return attemptId;
    }
}
