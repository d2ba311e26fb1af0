package io.certexam.contracts.reporting;

import java.math.BigDecimal;
import java.time.Instant;

import io.certexam.contracts.IntegrationEvent;

public record CertificateIssued(int schemaVersion, String certificateId, String candidateId, String orgPath,
                                String examId, String attemptId, BigDecimal score, BigDecimal maxScore,
                                Instant issuedAt, Instant expiresAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return candidateId;
    }
}
