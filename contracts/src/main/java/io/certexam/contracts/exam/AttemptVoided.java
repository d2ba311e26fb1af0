package io.certexam.contracts.exam;

import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

/** A proctor voided the attempt: it is not graded and does not count. */
public record AttemptVoided(int schemaVersion, String attemptId, String reason, String voidedBy, Instant voidedAt)
        implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return attemptId;
    }
}
