package io.certexam.reporting.certificate;

import java.time.Instant;

/**
 * What anyone holding a printed certificate (its QR code) may learn: whether it is valid, for which exam,
 * when issued and until when. Deliberately no candidate, org unit, attempt or score.
 *
 * @param status VALID, REVOKED or EXPIRED (EXPIRED as soon as the expiry has passed, even before the
 *               expiry poller has recorded it)
 */
public record CertificateVerification(String certificateId, String status, String examId, String examTitle,
                                      Instant issuedAt, Instant expiresAt, Instant revokedAt) {
}
