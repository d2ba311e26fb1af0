package io.certexam.contracts.exam;

import java.time.Instant;
import java.util.List;

import io.certexam.contracts.IntegrationEvent;

/**
 * The attempt is closed with these final responses. {@code auto} is true when the server submitted it
 * at the deadline; {@code submittedAt} is then the deadline itself.
 */
public record AttemptSubmitted(int schemaVersion, String attemptId, String examId, int examVersion,
                               String candidateId, String orgPath, boolean auto, Instant startedAt,
                               Instant submittedAt, List<ItemResponse> responses) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return attemptId;
    }
}
