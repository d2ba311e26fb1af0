package io.certexam.reporting.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.NotFoundException;
import io.certexam.reporting.Identifiers;
import io.certexam.reporting.SqlTime;
import io.certexam.reporting.export.ExportFormat;
import io.certexam.reporting.export.Exports;
import io.certexam.reporting.export.Table;
import jakarta.validation.constraints.Pattern;

/** Every attempt of an exam with its current result and certificate: the list a training manager exports. */
@RestController
class ExamResultsController {

    private final JdbcClient jdbc;

    ExamResultsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ExamResults(String examId, List<Line> results) {
    }

    /** One attempt; result fields null before grading, certificate fields null without a certificate. */
    public record Line(String attemptId, String candidateId, String orgPath, String status, Instant startedAt,
                       Instant submittedAt, Integer revision, String resultStatus, BigDecimal score, BigDecimal maxScore,
                       BigDecimal percent, Boolean passed, String certificateId, String certificateStatus) {
    }

    @GetMapping("/api/reports/exams/{examId}/results")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    ResponseEntity<?> results(@PathVariable @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String examId,
                              @RequestParam(required = false) String format,
                              @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ExportFormat chosen = ExportFormat.choose(format, accept);
        List<Line> lines = jdbc.sql("""
                        SELECT ids.attempt_id, COALESCE(a.candidate_id, r.candidate_id) AS candidate_id,
                               COALESCE(a.org_path, r.org_path) AS org_path, COALESCE(a.status, 'SUBMITTED') AS status,
                               a.started_at, COALESCE(a.submitted_at, r.submitted_at) AS submitted_at,
                               r.revision, r.status AS result_status, r.score, r.max_score, r.percent, r.passed,
                               cert.certificate_id, cert.status AS certificate_status
                        FROM (SELECT attempt_id FROM attempt WHERE exam_id = :examId
                              UNION
                              SELECT attempt_id FROM current_result WHERE exam_id = :examId) ids
                        LEFT JOIN attempt a ON a.attempt_id = ids.attempt_id
                        LEFT JOIN current_result c ON c.attempt_id = ids.attempt_id
                        LEFT JOIN result_revision r ON r.attempt_id = c.attempt_id AND r.revision = c.revision
                        LEFT JOIN LATERAL (SELECT certificate_id, status FROM certificate ce
                                           WHERE ce.attempt_id = ids.attempt_id
                                           ORDER BY ce.revision DESC LIMIT 1) cert ON TRUE
                        ORDER BY COALESCE(a.org_path, r.org_path) NULLS LAST, candidate_id, ids.attempt_id""")
                .param("examId", examId)
                .query((row, n) -> new Line(row.getString("attempt_id"), row.getString("candidate_id"),
                        row.getString("org_path"), row.getString("status"), SqlTime.instant(row, "started_at"),
                        SqlTime.instant(row, "submitted_at"), (Integer) row.getObject("revision"),
                        row.getString("result_status"), row.getBigDecimal("score"), row.getBigDecimal("max_score"),
                        row.getBigDecimal("percent"), (Boolean) row.getObject("passed"), row.getString("certificate_id"),
                        row.getString("certificate_status")))
                .list();
        if (lines.isEmpty() && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM exam_version WHERE exam_id = ?)").param(examId)
                .query(Boolean.class).single()) {
            throw new NotFoundException("exam", examId);
        }
        ExamResults results = new ExamResults(examId, lines);
        return Exports.respond(chosen, results, () -> table(results));
    }

    private static Table table(ExamResults results) {
        List<List<Object>> rows = new ArrayList<>();
        for (Line line : results.results()) {
            rows.add(new ArrayList<>(java.util.Arrays.asList(line.attemptId(), line.candidateId(), line.orgPath(),
                    line.status(), line.startedAt(), line.submittedAt(), line.revision(), line.resultStatus(),
                    line.score(), line.maxScore(), line.percent(), line.passed(), line.certificateId(),
                    line.certificateStatus())));
        }
        return new Table("results-" + results.examId(), List.of("attemptId", "candidateId", "orgPath", "status",
                "startedAt", "submittedAt", "revision", "resultStatus", "score", "maxScore", "percent", "passed",
                "certificateId", "certificateStatus"), rows);
    }
}
