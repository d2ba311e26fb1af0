package io.certexam.exam.attempt;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which attempts each candidate has on each exam. A subscribing processor: its rows are written in the
 * transaction that appends the events, so the unique index on open attempts turns the second of two
 * concurrent starts into a failed command instead of a second open attempt.
 */
@Component
@ProcessingGroup(AttemptRegistry.NAME)
public class AttemptRegistry {

    public static final String NAME = "attempt-registry";

    private final JdbcClient jdbc;

    public AttemptRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AttemptBegun event) {
        jdbc.sql("""
                        INSERT INTO candidate_attempt (attempt_id, exam_id, exam_version, candidate_id, attempt_number,
                                                       status, started_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(event.attemptId(), event.examId(), event.examVersion(), event.candidateId(),
                        event.attemptNumber(), AttemptStatus.IN_PROGRESS.name(), Timestamp.from(event.startedAt()))
                .update();
    }

    @EventHandler
    void on(AttemptHandedIn event) {
        jdbc.sql("UPDATE candidate_attempt SET status = ?, closed_at = ? WHERE attempt_id = ?")
                .params(AttemptStatus.SUBMITTED.name(), Timestamp.from(event.submittedAt()), event.attemptId())
                .update();
    }

    int attemptsMade(String examId, String candidateId) {
        return jdbc.sql("SELECT count(*) FROM candidate_attempt WHERE exam_id = ? AND candidate_id = ?")
                .params(examId, candidateId)
                .query(Integer.class)
                .single();
    }

    boolean hasOpenAttempt(String examId, String candidateId) {
        return jdbc.sql("SELECT count(*) FROM candidate_attempt WHERE exam_id = ? AND candidate_id = ? AND status = ?")
                .params(examId, candidateId, AttemptStatus.IN_PROGRESS.name())
                .query(Integer.class)
                .single() > 0;
    }
}
