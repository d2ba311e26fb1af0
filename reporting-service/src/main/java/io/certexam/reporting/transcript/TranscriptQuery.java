package io.certexam.reporting.transcript;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.reporting.SqlTime;
import io.certexam.reporting.certificate.CertificateQuery;

/**
 * A candidate's attempts joined with their current results at query time: an attempt known only from
 * its result (the attempt event has not arrived yet) is listed too, as SUBMITTED.
 */
@Component
class TranscriptQuery {

    private final JdbcClient jdbc;
    private final CertificateQuery certificates;

    TranscriptQuery(JdbcClient jdbc, CertificateQuery certificates) {
        this.jdbc = jdbc;
        this.certificates = certificates;
    }

    Transcript of(String candidateId) {
        List<Transcript.Attempt> attempts = jdbc.sql("""
                        SELECT ids.attempt_id,
                               COALESCE(a.exam_id, r.exam_id) AS exam_id,
                               (SELECT e.title FROM exam_version e
                                WHERE e.exam_id = COALESCE(a.exam_id, r.exam_id)
                                ORDER BY e.version = COALESCE(a.exam_version, r.exam_version) DESC, e.version DESC
                                LIMIT 1) AS exam_title,
                               COALESCE(a.status, 'SUBMITTED') AS status,
                               a.started_at,
                               COALESCE(a.submitted_at, r.submitted_at) AS submitted_at,
                               r.revision, r.status AS result_status, r.score, r.max_score, r.percent, r.passed,
                               (SELECT count(*) FROM result_revision rr WHERE rr.attempt_id = ids.attempt_id) AS revisions
                        FROM (SELECT attempt_id FROM attempt WHERE candidate_id = :candidateId
                              UNION
                              SELECT attempt_id FROM current_result WHERE candidate_id = :candidateId) ids
                        LEFT JOIN attempt a ON a.attempt_id = ids.attempt_id
                        LEFT JOIN current_result c ON c.attempt_id = ids.attempt_id
                        LEFT JOIN result_revision r ON r.attempt_id = c.attempt_id AND r.revision = c.revision
                        ORDER BY COALESCE(a.started_at, r.submitted_at) DESC NULLS LAST, ids.attempt_id""")
                .param("candidateId", candidateId)
                .query((row, n) -> attempt(row))
                .list();
        return new Transcript(candidateId, attempts, certificates.heldBy(candidateId));
    }

    private static Transcript.Attempt attempt(ResultSet row) throws SQLException {
        return new Transcript.Attempt(row.getString("attempt_id"), row.getString("exam_id"), row.getString("exam_title"),
                row.getString("status"), SqlTime.instant(row, "started_at"), SqlTime.instant(row, "submitted_at"),
                result(row), row.getInt("revisions"));
    }

    private static Transcript.Result result(ResultSet row) throws SQLException {
        int revision = row.getInt("revision");
        if (row.wasNull()) {
            return null;
        }
        return new Transcript.Result(revision, row.getString("result_status"), row.getBigDecimal("score"),
                row.getBigDecimal("max_score"), row.getBigDecimal("percent"), row.getBoolean("passed"));
    }
}
