package io.certexam.contracts.exam;

import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

/** An answer change, in the candidate's own {@code clientSeq} order. */
public record ResponseSaved(int schemaVersion, String attemptId, String candidateId, String itemId,
                            Response response, long clientSeq, Instant savedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return attemptId;
    }
}
