package io.certexam.contracts.bank;

import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

/** The question may no longer be drawn into new exams; running attempts keep their version. */
public record QuestionRetired(int schemaVersion, String questionId, int version, Instant retiredAt)
        implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return questionId;
    }
}
