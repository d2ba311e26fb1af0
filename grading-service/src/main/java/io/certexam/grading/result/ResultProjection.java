package io.certexam.grading.result;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The results read model behind {@code /api/results}. Pooled streaming with Axon's dead-letter queue
 * (application.yml); every write is an upsert, so a replay or a retried event changes nothing twice.
 * <p>
 * Each event's writes run under a savepoint: when PostgreSQL rejects one, only that event's writes are rolled back
 * and the transaction stays usable, so the dead-letter queue can store the event in it and the processor goes on.
 * Without it the whole transaction is aborted, the dead letter cannot be written, and the processor retries the
 * same event for ever (AxonFramework#3289; docs/decisions.md, D13).
 */
@Component
@ProcessingGroup(ResultProjection.GROUP)
class ResultProjection {

    static final String GROUP = "results";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate savepoint;

    ResultProjection(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @EventHandler
    void on(GradingDeferred event) {
        savepoint.executeWithoutResult(status -> upsertAttempt(event.attemptId(), event.examId(), event.examVersion(),
                event.candidateId(), event.orgPath(), event.submittedAt(), 0));
    }

    @EventHandler
    void on(ResultRevisionRecorded event, @Timestamp Instant recordedAt) {
        savepoint.executeWithoutResult(status -> record(event, recordedAt));
    }

    private void record(ResultRevisionRecorded event, Instant recordedAt) {
        upsertAttempt(event.attemptId(), event.examId(), event.examVersion(), event.candidateId(), event.orgPath(),
                event.submittedAt(), event.revision());
        PaperGrade grade = event.grade();
        jdbc.sql("""
                        INSERT INTO result_revision (attempt_id, revision, status, score, max_score, percent, passed,
                                                     items, sections, reason, revised_by, graded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::json, ?::json, ?, ?, ?)
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
