package io.certexam.reporting.certificate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.contracts.reporting.CertificateIssued;
import io.certexam.contracts.reporting.CertificateRevoked;
import io.certexam.reporting.SqlTime;

/**
 * Brings an attempt's certificates in line with what its result history says ({@link CertificateHistory})
 * and queues the events for every change, all in the caller's transaction (the consumer's Inbox
 * transaction), so a certificate change and its event are committed together or not at all.
 * <p>
 * Called whenever one of the inputs changes: a result revision (results topic), a void (attempts topic)
 * or the exam version with its certificate validity (exams topic). Those arrive on different topics in
 * any order, so the ledger waits until the exam version is known and then derives from everything known.
 */
@Component
public class CertificateLedger {

    private final JdbcClient jdbc;
    private final CertificateOutbox outbox;

    CertificateLedger(JdbcClient jdbc, CertificateOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** Reconciles every attempt with a result for this exam version (it may have waited for the version). */
    public void examVersionArrived(String examId, int version) {
        // Exclusive against reconciles of this version (shared, below): a result committed while this transaction
        // inserted the version would otherwise be missed by both, and its attempt get no certificate.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(examVersionLock(examId, version)).query().singleRow();
        jdbc.sql("SELECT DISTINCT attempt_id FROM result_revision WHERE exam_id = ? AND exam_version = ? ORDER BY attempt_id")
                .params(examId, version)
                .query(String.class)
                .list()
                .forEach(this::reconcile);
    }

    /**
     * Reconciles each attempt once, after a consumer batch's writes: the history is derived from everything
     * known, so once at the end gives what once per event would. In id order, so that consumers reconciling
     * overlapping attempts take the per-attempt locks in the same order.
     */
    public void reconcile(Collection<String> attemptIds) {
        attemptIds.stream().distinct().sorted().forEach(this::reconcile);
    }

    public void reconcile(String attemptId) {
        Optional<Subject> subject = subjectOf(attemptId);
        if (subject.isEmpty()) {
            return;
        }
        // The exam version's lock before the attempt's, in the same order as examVersionArrived takes them.
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(hashtext(?))")
                .param(examVersionLock(subject.get().examId(), subject.get().examVersion())).query().singleRow();
        // Three consumers may reconcile the same attempt at once: serialise them per attempt.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("certificate/" + attemptId).query().singleRow();
        Optional<ValidityOf> validity = jdbc.sql("SELECT certificate_validity_months FROM exam_version WHERE exam_id = ? AND version = ?")
                .params(subject.get().examId(), subject.get().examVersion())
                .query((row, n) -> new ValidityOf((Integer) row.getObject("certificate_validity_months")))
                .optional();
        if (validity.isEmpty()) {
            return; // the exam version (and so the validity) has not arrived yet; its arrival reconciles again
        }
        List<CertificateHistory.Derived> derived = CertificateHistory.derive(attemptId, revisions(attemptId),
                voided(attemptId), validity.get().months());
        Map<String, String> statusById = jdbc.sql("SELECT certificate_id, status FROM certificate WHERE attempt_id = ?")
                .param(attemptId)
                .query((row, n) -> Map.entry(row.getString("certificate_id"), row.getString("status")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (CertificateHistory.Derived certificate : derived) {
            String status = statusById.get(certificate.certificateId());
            if (status == null) {
                insert(attemptId, subject.get(), certificate);
                issued(attemptId, subject.get(), certificate);
                if (certificate.revoked()) {
                    revoked(attemptId, subject.get(), certificate);
                }
            } else if (certificate.revoked() && !"REVOKED".equals(status)) {
                jdbc.sql("UPDATE certificate SET status = 'REVOKED', revoked_at = ?, revoke_reason = ? WHERE certificate_id = ?")
                        .params(SqlTime.utc(certificate.revokedAt()), certificate.revokeReason(), certificate.certificateId())
                        .update();
                revoked(attemptId, subject.get(), certificate);
            }
        }
    }

    private static String examVersionLock(String examId, int version) {
        return "certificate-exam-version/" + examId + "/" + version;
    }

    private void insert(String attemptId, Subject subject, CertificateHistory.Derived certificate) {
        jdbc.sql("""
                        INSERT INTO certificate (certificate_id, attempt_id, revision, candidate_id, org_path, exam_id,
                                                 exam_version, score, max_score, issued_at, expires_at, status,
                                                 revoked_at, revoke_reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(certificate.certificateId(), attemptId, certificate.revision(), subject.candidateId(),
                        subject.orgPath(), subject.examId(), subject.examVersion(), certificate.score(),
                        certificate.maxScore(), SqlTime.utc(certificate.issuedAt()), SqlTime.utc(certificate.expiresAt()),
                        certificate.revoked() ? "REVOKED" : "VALID", SqlTime.utc(certificate.revokedAt()),
                        certificate.revokeReason())
                .update();
    }

    private void issued(String attemptId, Subject subject, CertificateHistory.Derived certificate) {
        outbox.queue(CertificateOutbox.eventId(certificate.certificateId(), "issued"), certificate.issuedAt(),
                new CertificateIssued(CertificateIssued.SCHEMA_VERSION, certificate.certificateId(),
                        subject.candidateId(), subject.orgPath(), subject.examId(), attemptId, certificate.score(),
                        certificate.maxScore(), certificate.issuedAt(), certificate.expiresAt()));
    }

    private void revoked(String attemptId, Subject subject, CertificateHistory.Derived certificate) {
        outbox.queue(CertificateOutbox.eventId(certificate.certificateId(), "revoked"), certificate.revokedAt(),
                new CertificateRevoked(CertificateRevoked.SCHEMA_VERSION, certificate.certificateId(),
                        subject.candidateId(), subject.examId(), attemptId, certificate.revokeReason(),
                        certificate.revokedAt()));
    }

    /** Identity from the latest revision; empty when there is no result or no candidate to certify. */
    private Optional<Subject> subjectOf(String attemptId) {
        return jdbc.sql("""
                        SELECT r.exam_id, r.exam_version, COALESCE(r.candidate_id, a.candidate_id) AS candidate_id,
                               COALESCE(r.org_path, a.org_path) AS org_path
                        FROM result_revision r LEFT JOIN attempt a ON a.attempt_id = r.attempt_id
                        WHERE r.attempt_id = ? ORDER BY r.revision DESC LIMIT 1""")
                .param(attemptId)
                .query((row, n) -> new Subject(row.getString("exam_id"), row.getInt("exam_version"),
                        row.getString("candidate_id"), row.getString("org_path")))
                .optional()
                .filter(s -> s.candidateId() != null);
    }

    private List<CertificateHistory.Revision> revisions(String attemptId) {
        return jdbc.sql("""
                        SELECT revision, status, passed, score, max_score, reason, graded_at
                        FROM result_revision WHERE attempt_id = ? ORDER BY revision""")
                .param(attemptId)
                .query((row, n) -> new CertificateHistory.Revision(row.getInt("revision"), row.getString("status"),
                        row.getBoolean("passed"), row.getBigDecimal("score"), row.getBigDecimal("max_score"),
                        row.getString("reason"), SqlTime.instant(row, "graded_at")))
                .list();
    }

    private CertificateHistory.Voided voided(String attemptId) {
        return jdbc.sql("SELECT voided_at, void_reason FROM attempt WHERE attempt_id = ? AND status = 'VOIDED'")
                .param(attemptId)
                .query((row, n) -> new CertificateHistory.Voided(SqlTime.instant(row, "voided_at"), row.getString("void_reason")))
                .optional()
                .orElse(null);
    }

    private record Subject(String examId, int examVersion, String candidateId, String orgPath) {
    }

    private record ValidityOf(Integer months) {
    }
}
