package io.certexam.contracts.bank;

import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

/** No new attempts may start; attempts in progress run to their end. */
public record ExamRetired(int schemaVersion, String examId, int version, Instant retiredAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return examId;
    }
}
