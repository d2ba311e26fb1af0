package io.certexam.contracts.exam;

import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

/** A candidate started an attempt; {@code seed} rebuilds exactly this paper. */
public record AttemptStarted(int schemaVersion, String attemptId, String examId, int examVersion,
                             String candidateId, String orgPath, int attemptNumber, long seed,
                             Instant startedAt, Instant deadline, Paper paper) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return attemptId;
    }
}
