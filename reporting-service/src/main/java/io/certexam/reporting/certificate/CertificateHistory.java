package io.certexam.reporting.certificate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The certificates an attempt should have, derived from its whole result history alone. A pure function of
 * the history (never of the order in which topics were read or of the wall clock), so a rebuild derives the
 * same certificates with the same ids: a pass after no pass issues a certificate named after that revision,
 * a FINAL fail after a pass revokes it, a later pass issues a new one, and a voided attempt loses the
 * certificate it holds. Revisions that are not FINAL (awaiting a grader) change nothing.
 */
final class CertificateHistory {

    private CertificateHistory() {
    }

    /** One result revision as far as certificates care. */
    record Revision(int revision, String status, boolean passed, BigDecimal score, BigDecimal maxScore,
                    String reason, Instant gradedAt) {

        boolean passing() {
            return "FINAL".equals(status) && passed;
        }

        boolean failing() {
            return "FINAL".equals(status) && !passed;
        }
    }

    record Voided(Instant at, String reason) {
    }

    /** A certificate as it should be; {@code revokedAt} null means not revoked. */
    record Derived(String certificateId, int revision, BigDecimal score, BigDecimal maxScore, Instant issuedAt,
                   Instant expiresAt, Instant revokedAt, String revokeReason) {

        boolean revoked() {
            return revokedAt != null;
        }

        Derived revoke(Instant at, String reason) {
            return new Derived(certificateId, revision, score, maxScore, issuedAt, expiresAt, at, reason);
        }
    }

    /**
     * @param revisions      in ascending revision order
     * @param voided         null unless the attempt was voided
     * @param validityMonths null: the certificate never expires
     */
    static List<Derived> derive(String attemptId, List<Revision> revisions, Voided voided, Integer validityMonths) {
        List<Derived> certificates = new ArrayList<>();
        Derived live = null;
        for (Revision revision : revisions) {
            if (revision.passing() && live == null) {
                Instant issued = revision.gradedAt();
                live = new Derived(idOf(attemptId, revision.revision()), revision.revision(), revision.score(),
                        revision.maxScore(), issued, expiry(issued, validityMonths), null, null);
                certificates.add(live);
            } else if (revision.failing() && live != null) {
                String reason = "result revision " + revision.revision() + " is a fail"
                        + (revision.reason() == null ? "" : ": " + revision.reason());
                replace(certificates, live.revoke(revision.gradedAt(), reason));
                live = null;
            }
        }
        if (voided != null && live != null) {
            replace(certificates, live.revoke(voided.at(), "attempt voided" + (voided.reason() == null ? "" : ": " + voided.reason())));
        }
        return certificates;
    }

    /** Deterministic, so a rebuild names the certificate exactly as before. */
    static String idOf(String attemptId, int revision) {
        return UUID.nameUUIDFromBytes(("certificate/" + attemptId + "/" + revision).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static Instant expiry(Instant issued, Integer validityMonths) {
        if (validityMonths == null || validityMonths <= 0) {
            return null;
        }
        return issued.atOffset(ZoneOffset.UTC).plusMonths(validityMonths).toInstant();
    }

    private static void replace(List<Derived> certificates, Derived changed) {
        certificates.replaceAll(c -> c.certificateId().equals(changed.certificateId()) ? changed : c);
    }
}
