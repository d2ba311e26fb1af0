package io.certexam.contracts.reporting;

import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

public record CertificateRevoked(int schemaVersion, String certificateId, String candidateId, String examId,
                                 String attemptId, String reason, Instant revokedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return candidateId;
    }
}
