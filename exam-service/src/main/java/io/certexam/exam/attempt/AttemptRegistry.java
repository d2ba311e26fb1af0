package io.certexam.exam.attempt;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which attempts each candidate has on each exam, and when open ones are due. A subscribing processor: its
 * rows are written in the transaction that appends the events, so the unique index on open attempts turns
 * the second of two concurrent starts into a failed command instead of a second open attempt, and the
 * deadline scheduler never misses an extension.
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
                                                       status, started_at, due_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.attemptId(), event.examId(), event.examVersion(), event.candidateId(),
                        event.attemptNumber(), AttemptStatus.IN_PROGRESS.name(), Timestamp.from(event.startedAt()),
                        Timestamp.from(event.deadline().plusSeconds(event.graceSeconds())))
                .update();
    }

    @EventHandler
    void on(DeadlineExtended event) {
        // the grace is the attempt's own: keep the distance between deadline and due time
        jdbc.sql("UPDATE candidate_attempt SET due_at = due_at + make_interval(mins => ?) WHERE attempt_id = ?")
                .params(event.minutes(), event.attemptId())
                .update();
    }

    @EventHandler
    void on(AttemptHandedIn event) {
        close(event.attemptId(), AttemptStatus.SUBMITTED, event.submittedAt());
    }

    /** A voided attempt still counts as an attempt made; its end is when it was voided, unless it was submitted. */
    @EventHandler
    void on(AttemptNullified event) {
        jdbc.sql("UPDATE candidate_attempt SET status = ?, closed_at = coalesce(closed_at, ?) WHERE attempt_id = ?")
                .params(AttemptStatus.VOIDED.name(), Timestamp.from(event.voidedAt()), event.attemptId())
                .update();
    }

    private void close(String attemptId, AttemptStatus status, Instant at) {
        jdbc.sql("UPDATE candidate_attempt SET status = ?, closed_at = ? WHERE attempt_id = ?")
                .params(status.name(), Timestamp.from(at), attemptId)
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

    Optional<Instant> lastAttemptEndedAt(String examId, String candidateId) {
        return jdbc.sql("SELECT max(closed_at) FROM candidate_attempt WHERE exam_id = ? AND candidate_id = ?")
                .params(examId, candidateId)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    /** Open attempts whose deadline and grace have passed, the most overdue first. */
    List<String> dueAt(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT attempt_id FROM candidate_attempt
                        WHERE status = 'IN_PROGRESS' AND due_at < ? ORDER BY due_at LIMIT ?""")
                .params(Timestamp.from(now), limit)
                .query(String.class)
                .list();
    }
}
