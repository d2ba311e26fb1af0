package io.certexam.contracts.exam;

import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

public record TimeExtended(int schemaVersion, String attemptId, int minutes, String reason, String extendedBy,
                           Instant newDeadline, Instant extendedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return attemptId;
    }
}
