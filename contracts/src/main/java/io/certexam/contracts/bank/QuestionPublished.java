package io.certexam.contracts.bank;

import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

/** A question version became available for exams. Carries content only, never the key. */
public record QuestionPublished(int schemaVersion, String questionId, int version, QuestionContent content,
                                Instant publishedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return questionId;
    }
}
