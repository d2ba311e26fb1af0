package io.certexam.reporting.certificate;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
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

    private static final int[] TYPES_OF_INSERT = {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.NUMERIC, Types.NUMERIC, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR};
    private static final int[] TYPES_OF_REVOCATION = {Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CertificateOutbox outbox;

    CertificateLedger(JdbcClient jdbc, JdbcTemplate batch, CertificateOutbox outbox) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.outbox = outbox;
    }

    /** Reconciles every attempt with a result for this exam version (it may have waited for the version). */
    public void examVersionArrived(String examId, int version) {
        // Exclusive against reconciles of this version (shared, below): a result committed while this transaction
        // inserted the version would otherwise be missed by both, and its attempt get no certificate.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(examVersionLock(examId, version)).query().singleRow();
        reconcile(jdbc.sql("SELECT DISTINCT attempt_id FROM result_revision WHERE exam_id = ? AND exam_version = ?")
                .params(examId, version)
                .query(String.class)
                .list());
    }

    /**
     * Reconciles each attempt once, after a consumer batch's writes: the history is derived from everything
     * known, so once at the end gives what once per event would. Set-based: a handful of statements for the
     * whole batch whatever its size, so a batch of 500 results is not 4,000 round trips.
     */
    public void reconcile(Collection<String> attemptIds) {
        Map<String, Subject> subjects = subjectsOf(attemptIds.stream().distinct().sorted().toArray(String[]::new));
        if (subjects.isEmpty()) {
            return;
        }
        // Exam versions' locks (shared) before the attempts' (three consumers may reconcile one attempt at once),
        // each kind in sorted order, as examVersionArrived takes them: no two reconciles wait on each other in a cycle.
        lock("pg_advisory_xact_lock_shared", subjects.values().stream()
                .map(subject -> examVersionLock(subject.examId(), subject.examVersion())));
        lock("pg_advisory_xact_lock", subjects.keySet().stream().map(attemptId -> "certificate/" + attemptId));
        String[] attempts = subjects.keySet().toArray(String[]::new);
        Map<String, ValidityOf> validity = validities(subjects.values());
        Map<String, List<CertificateHistory.Revision>> revisions = revisions(attempts);
        Map<String, CertificateHistory.Voided> voided = voided(attempts);
        Map<String, String> statusById = statuses(attempts);

        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> revocations = new ArrayList<>();
        List<CertificateOutbox.Queued> events = new ArrayList<>();
        subjects.forEach((attemptId, subject) -> {
            ValidityOf months = validity.get(subject.examVersionKey());
            if (months == null) {
                return; // the exam version (and so the validity) has not arrived yet; its arrival reconciles again
            }
            for (CertificateHistory.Derived certificate : CertificateHistory.derive(attemptId,
                    revisions.getOrDefault(attemptId, List.of()), voided.get(attemptId), months.months())) {
                String status = statusById.get(certificate.certificateId());
                if (status == null) {
                    inserts.add(row(attemptId, subject, certificate));
                    events.add(issued(attemptId, subject, certificate));
                    if (certificate.revoked()) {
                        events.add(revoked(attemptId, subject, certificate));
                    }
                } else if (certificate.revoked() && !"REVOKED".equals(status)) {
                    revocations.add(new Object[] {SqlTime.utc(certificate.revokedAt()), certificate.revokeReason(),
                            certificate.certificateId()});
                    events.add(revoked(attemptId, subject, certificate));
                }
            }
        });
        if (!inserts.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO certificate (certificate_id, attempt_id, revision, candidate_id, org_path, exam_id,
                                             exam_version, score, max_score, issued_at, expires_at, status,
                                             revoked_at, revoke_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts, TYPES_OF_INSERT);
        }
        if (!revocations.isEmpty()) {
            batch.batchUpdate("UPDATE certificate SET status = 'REVOKED', revoked_at = ?, revoke_reason = ? "
                    + "WHERE certificate_id = ?", revocations, TYPES_OF_REVOCATION);
        }
        outbox.queue(events);
    }

    private void lock(String function, Stream<String> keys) {
        String[] sorted = keys.distinct().sorted().toArray(String[]::new);
        // unnest yields the keys in array order, so the locks are taken in that order
        jdbc.sql("SELECT count(" + function + "(hashtext(key))) FROM unnest(?::text[]) AS key").param(sorted)
                .query(Long.class).single();
    }

    private static String examVersionLock(String examId, int version) {
        return "certificate-exam-version/" + examVersionKey(examId, version);
    }

    private static Object[] row(String attemptId, Subject subject, CertificateHistory.Derived certificate) {
        return new Object[] {certificate.certificateId(), attemptId, certificate.revision(), subject.candidateId(),
                subject.orgPath(), subject.examId(), subject.examVersion(), certificate.score(), certificate.maxScore(),
                SqlTime.utc(certificate.issuedAt()), SqlTime.utc(certificate.expiresAt()),
                certificate.revoked() ? "REVOKED" : "VALID", SqlTime.utc(certificate.revokedAt()),
                certificate.revokeReason()};
    }

    private static CertificateOutbox.Queued issued(String attemptId, Subject subject,
                                                    CertificateHistory.Derived certificate) {
        return new CertificateOutbox.Queued(CertificateOutbox.eventId(certificate.certificateId(), "issued"),
                certificate.issuedAt(), new CertificateIssued(CertificateIssued.SCHEMA_VERSION,
                        certificate.certificateId(), subject.candidateId(), subject.orgPath(), subject.examId(), attemptId,
                        certificate.score(), certificate.maxScore(), certificate.issuedAt(), certificate.expiresAt()));
    }

    private static CertificateOutbox.Queued revoked(String attemptId, Subject subject,
                                                     CertificateHistory.Derived certificate) {
        return new CertificateOutbox.Queued(CertificateOutbox.eventId(certificate.certificateId(), "revoked"),
                certificate.revokedAt(), new CertificateRevoked(CertificateRevoked.SCHEMA_VERSION,
                        certificate.certificateId(), subject.candidateId(), subject.examId(), attemptId,
                        certificate.revokeReason(), certificate.revokedAt()));
    }

    /** Identity from each attempt's latest revision, in attempt id order; without those with no candidate to certify. */
    private Map<String, Subject> subjectsOf(String[] attemptIds) {
        Map<String, Subject> subjects = new TreeMap<>();
        if (attemptIds.length == 0) {
            return subjects;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (r.attempt_id) r.attempt_id, r.exam_id, r.exam_version,
                               COALESCE(r.candidate_id, a.candidate_id) AS candidate_id,
                               COALESCE(r.org_path, a.org_path) AS org_path
                        FROM result_revision r LEFT JOIN attempt a ON a.attempt_id = r.attempt_id
                        WHERE r.attempt_id = ANY (?::varchar[]) ORDER BY r.attempt_id, r.revision DESC""")
                .param(attemptIds)
                .query((row, n) -> new Subject(row.getString("attempt_id"), row.getString("exam_id"),
                        row.getInt("exam_version"), row.getString("candidate_id"), row.getString("org_path")))
                .list()
                .stream()
                .filter(subject -> subject.candidateId() != null)
                .forEach(subject -> subjects.put(subject.attemptId(), subject));
        return subjects;
    }

    /** Validity by "examId/version", for the versions that have arrived. */
    private Map<String, ValidityOf> validities(Collection<Subject> subjects) {
        List<Subject> versions = subjects.stream()
                .collect(Collectors.toMap(Subject::examVersionKey, s -> s, (a, b) -> a))
                .values().stream().toList();
        Map<String, ValidityOf> validity = new HashMap<>();
        jdbc.sql("""
                        SELECT v.exam_id, v.version, v.certificate_validity_months FROM exam_version v
                        JOIN unnest(?::varchar[], ?::int[]) AS wanted (exam_id, version)
                          ON wanted.exam_id = v.exam_id AND wanted.version = v.version""")
                .params(versions.stream().map(Subject::examId).toArray(String[]::new),
                        versions.stream().mapToInt(Subject::examVersion).toArray())
                .query((row, n) -> validity.put(examVersionKey(row.getString("exam_id"), row.getInt("version")),
                        new ValidityOf((Integer) row.getObject("certificate_validity_months"))))
                .list();
        return validity;
    }

    private Map<String, List<CertificateHistory.Revision>> revisions(String[] attemptIds) {
        Map<String, List<CertificateHistory.Revision>> revisions = new HashMap<>();
        jdbc.sql("""
                        SELECT attempt_id, revision, status, passed, score, max_score, reason, graded_at
                        FROM result_revision WHERE attempt_id = ANY (?::varchar[]) ORDER BY attempt_id, revision""")
                .param(attemptIds)
                .query((row, n) -> revisions.computeIfAbsent(row.getString("attempt_id"), k -> new ArrayList<>())
                        .add(new CertificateHistory.Revision(row.getInt("revision"), row.getString("status"),
                                row.getBoolean("passed"), row.getBigDecimal("score"), row.getBigDecimal("max_score"),
                                row.getString("reason"), SqlTime.instant(row, "graded_at"))))
                .list();
        return revisions;
    }

    private Map<String, CertificateHistory.Voided> voided(String[] attemptIds) {
        Map<String, CertificateHistory.Voided> voided = new HashMap<>();
        jdbc.sql("""
                        SELECT attempt_id, voided_at, void_reason FROM attempt
                        WHERE attempt_id = ANY (?::varchar[]) AND status = 'VOIDED'""")
                .param(attemptIds)
                .query((row, n) -> voided.put(row.getString("attempt_id"),
                        new CertificateHistory.Voided(SqlTime.instant(row, "voided_at"), row.getString("void_reason"))))
                .list();
        return voided;
    }

    private Map<String, String> statuses(String[] attemptIds) {
        Map<String, String> statusById = new HashMap<>();
        jdbc.sql("SELECT certificate_id, status FROM certificate WHERE attempt_id = ANY (?::varchar[])")
                .param(attemptIds)
                .query((row, n) -> statusById.put(row.getString("certificate_id"), row.getString("status")))
                .list();
        return statusById;
    }

    private static String examVersionKey(String examId, int version) {
        return examId + "/" + version;
    }

    private record Subject(String attemptId, String examId, int examVersion, String candidateId, String orgPath) {

        String examVersionKey() {
            return CertificateLedger.examVersionKey(examId, examVersion);
        }
    }

    private record ValidityOf(Integer months) {
    }
}
