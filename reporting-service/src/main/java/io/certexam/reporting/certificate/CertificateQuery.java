package io.certexam.reporting.certificate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.reporting.SqlTime;

/** Reads certificates for the verification endpoint and the transcript. */
@Component
public class CertificateQuery {

    private static final String TITLE = """
            (SELECT e.title FROM exam_version e WHERE e.exam_id = c.exam_id
             ORDER BY e.version = c.exam_version DESC, e.version DESC LIMIT 1)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CertificateQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A candidate's certificate as the transcript shows it. */
    public record Held(String certificateId, String examId, String examTitle, String attemptId, String status,
                       BigDecimal score, BigDecimal maxScore, Instant issuedAt, Instant expiresAt, Instant revokedAt,
                       String revokeReason) {
    }

    Optional<CertificateVerification> verification(String certificateId) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT c.*, " + TITLE + " AS exam_title FROM certificate c WHERE c.certificate_id = ?")
                .param(certificateId)
                .query((row, n) -> {
                    Instant expiresAt = SqlTime.instant(row, "expires_at");
                    return new CertificateVerification(certificateId,
                            statusAt(row.getString("status"), expiresAt, now), row.getString("exam_id"),
                            row.getString("exam_title"), SqlTime.instant(row, "issued_at"), expiresAt,
                            SqlTime.instant(row, "revoked_at"));
                })
                .optional();
    }

    /** Newest first. */
    public List<Held> heldBy(String candidateId) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT c.*, " + TITLE + " AS exam_title FROM certificate c WHERE c.candidate_id = ? "
                        + "ORDER BY c.issued_at DESC, c.revision DESC, c.certificate_id")
                .param(candidateId)
                .query((row, n) -> {
                    Instant expiresAt = SqlTime.instant(row, "expires_at");
                    return new Held(row.getString("certificate_id"), row.getString("exam_id"),
                            row.getString("exam_title"), row.getString("attempt_id"),
                            statusAt(row.getString("status"), expiresAt, now), row.getBigDecimal("score"),
                            row.getBigDecimal("max_score"), SqlTime.instant(row, "issued_at"), expiresAt,
                            SqlTime.instant(row, "revoked_at"), row.getString("revoke_reason"));
                })
                .list();
    }

    private static String statusAt(String stored, Instant expiresAt, Instant now) {
        if ("VALID".equals(stored) && expiresAt != null && !expiresAt.isAfter(now)) {
            return "EXPIRED";
        }
        return stored;
    }
}
