package io.certexam.contracts.grading;

import java.math.BigDecimal;
import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

/** An open-response item of a submitted attempt waits for a grader. */
public record ManualGradingRequired(int schemaVersion, String attemptId, String examId, String taskId, String itemId,
                                    String questionId, int questionVersion, BigDecimal maxScore, Instant requestedAt)
        implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return attemptId;
    }
}
