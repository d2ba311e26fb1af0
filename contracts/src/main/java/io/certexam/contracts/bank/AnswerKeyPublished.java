package io.certexam.contracts.bank;

import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

/** The key of a newly published question version. Never consumed by the candidate-facing exam-service. */
public record AnswerKeyPublished(int schemaVersion, String questionId, int version, AnswerKey key,
                                 Instant publishedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return questionId;
    }
}
