package io.certexam.reporting.attempt;

import java.util.EnumSet;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.AttemptVoided;
import io.certexam.contracts.exam.TimeExtended;
import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.PoisonRecordException;
import io.certexam.platform.messaging.ReceivedEvent;
import io.certexam.reporting.SqlTime;

/**
 * One row per attempt from exam.attempts.v1. Events of one attempt share a partition and so arrive in
 * order, but every write is an upsert that never moves the status backwards (IN_PROGRESS, SUBMITTED,
 * VOIDED), so a replay that starts mid-stream or a dead-lettered event cannot leave a wrong status.
 */
@Component
class AttemptProjection {

    static final String CONSUMER = "reporting.attempts";

    private final Inbox inbox;
    private final JdbcClient jdbc;

    AttemptProjection(Inbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    /** Answer changes are in no report yet (item analysis and the audit timeline will read them). */
    private static final Set<EventType> NEEDED = EnumSet.of(EventType.ATTEMPT_STARTED, EventType.ATTEMPT_SUBMITTED,
            EventType.TIME_EXTENDED, EventType.ATTEMPT_VOIDED);

    @KafkaListener(id = CONSUMER, topics = Topics.EXAM_ATTEMPTS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, NEEDED, this::apply);
    }

    private void apply(ReceivedEvent event) {
        switch (event.type()) {
            case ATTEMPT_STARTED -> started(event.payloadAs(AttemptStarted.class));
            case ATTEMPT_SUBMITTED -> submitted(event.payloadAs(AttemptSubmitted.class));
            case TIME_EXTENDED -> extended(event.payloadAs(TimeExtended.class));
            case ATTEMPT_VOIDED -> voided(event.payloadAs(AttemptVoided.class));
            default -> throw new PoisonRecordException(event.type() + " does not belong on " + Topics.EXAM_ATTEMPTS);
        }
    }

    private void started(AttemptStarted started) {
        require(started.attemptId(), "AttemptStarted without attemptId");
        require(started.examId(), "AttemptStarted without examId");
        require(started.candidateId(), "AttemptStarted without candidateId");
        jdbc.sql("""
                        INSERT INTO attempt (attempt_id, exam_id, exam_version, candidate_id, org_path, attempt_number,
                                             status, started_at, deadline)
                        VALUES (?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?)
                        ON CONFLICT (attempt_id) DO UPDATE SET
                            exam_id = EXCLUDED.exam_id,
                            exam_version = EXCLUDED.exam_version,
                            candidate_id = EXCLUDED.candidate_id,
                            org_path = EXCLUDED.org_path,
                            attempt_number = EXCLUDED.attempt_number,
                            started_at = EXCLUDED.started_at,
                            deadline = COALESCE(attempt.deadline, EXCLUDED.deadline)""")
                .params(started.attemptId(), started.examId(), started.examVersion(), started.candidateId(),
                        started.orgPath(), started.attemptNumber(), SqlTime.utc(started.startedAt()),
                        SqlTime.utc(started.deadline()))
                .update();
    }

    private void submitted(AttemptSubmitted submitted) {
        require(submitted.attemptId(), "AttemptSubmitted without attemptId");
        jdbc.sql("""
                        INSERT INTO attempt (attempt_id, exam_id, exam_version, candidate_id, org_path, status,
                                             started_at, submitted_at, auto_submitted)
                        VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?)
                        ON CONFLICT (attempt_id) DO UPDATE SET
                            exam_id = COALESCE(attempt.exam_id, EXCLUDED.exam_id),
                            exam_version = COALESCE(attempt.exam_version, EXCLUDED.exam_version),
                            candidate_id = COALESCE(attempt.candidate_id, EXCLUDED.candidate_id),
                            org_path = COALESCE(attempt.org_path, EXCLUDED.org_path),
                            started_at = COALESCE(attempt.started_at, EXCLUDED.started_at),
                            status = CASE WHEN attempt.status = 'VOIDED' THEN 'VOIDED' ELSE 'SUBMITTED' END,
                            submitted_at = EXCLUDED.submitted_at,
                            auto_submitted = EXCLUDED.auto_submitted""")
                .params(submitted.attemptId(), submitted.examId(), submitted.examVersion(), submitted.candidateId(),
                        submitted.orgPath(), SqlTime.utc(submitted.startedAt()), SqlTime.utc(submitted.submittedAt()),
                        submitted.auto())
                .update();
    }

    private void extended(TimeExtended extended) {
        require(extended.attemptId(), "TimeExtended without attemptId");
        jdbc.sql("""
                        INSERT INTO attempt (attempt_id, status, deadline) VALUES (?, 'IN_PROGRESS', ?)
                        ON CONFLICT (attempt_id) DO UPDATE SET deadline = EXCLUDED.deadline""")
                .params(extended.attemptId(), SqlTime.utc(extended.newDeadline()))
                .update();
    }

    private void voided(AttemptVoided voided) {
        require(voided.attemptId(), "AttemptVoided without attemptId");
        jdbc.sql("""
                        INSERT INTO attempt (attempt_id, status, voided_at, void_reason) VALUES (?, 'VOIDED', ?, ?)
                        ON CONFLICT (attempt_id) DO UPDATE SET
                            status = 'VOIDED', voided_at = EXCLUDED.voided_at, void_reason = EXCLUDED.void_reason""")
                .params(voided.attemptId(), SqlTime.utc(voided.voidedAt()), voided.reason())
                .update();
    }

    /** A record missing its identity can never be applied: straight to the dead-letter topic, no retries. */
    private static void require(String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new PoisonRecordException(problem);
        }
    }
}
