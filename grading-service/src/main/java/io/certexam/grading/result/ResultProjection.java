package io.certexam.grading.result;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The results read model behind {@code /api/results}. Pooled streaming with Axon's dead-letter queue
 * (application.yml); every write is an upsert, so a replay or a retried event changes nothing twice.
 */
@Component
@ProcessingGroup(ResultProjection.GROUP)
class ResultProjection {

    static final String GROUP = "results";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ResultProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(GradingDeferred event) {
        upsertAttempt(event.attemptId(), event.examId(), event.examVersion(), event.candidateId(), event.orgPath(),
                event.submittedAt(), 0);
    }

    @EventHandler
    void on(ResultRevisionRecorded event, @Timestamp Instant recordedAt) {
        upsertAttempt(event.attemptId(), event.examId(), event.examVersion(), event.candidateId(), event.orgPath(),
                event.submittedAt(), event.revision());
        PaperGrade grade = event.grade();
        jdbc.sql("""
                        INSERT INTO result_revision (attempt_id, revision, status, score, max_score, percent, passed,
                                                     items, sections, reason, revised_by, graded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.attemptId(), event.revision(), grade.status().name(), grade.score(), grade.maxScore(),
                        grade.percent(), grade.passed(), toJson(grade.items()), toJson(grade.sections()), event.reason(),
                        event.revisedBy(), utc(recordedAt))
                .update();
    }

    private void upsertAttempt(String attemptId, String examId, int examVersion, String candidateId, String orgPath,
                               Instant submittedAt, int revision) {
        jdbc.sql("""
                        INSERT INTO result (attempt_id, exam_id, exam_version, candidate_id, org_path, submitted_at, revision)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (attempt_id) DO UPDATE SET revision = GREATEST(result.revision, EXCLUDED.revision)""")
                .params(attemptId, examId, examVersion, candidateId, orgPath,
                        utc(submittedAt), revision)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise result", e);
        }
    }
}
