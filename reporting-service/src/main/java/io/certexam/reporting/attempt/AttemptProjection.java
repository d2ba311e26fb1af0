package io.certexam.reporting.attempt;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.certexam.contracts.Topics;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.AttemptVoided;
import io.certexam.contracts.exam.ResponseSaved;
import io.certexam.contracts.exam.TimeExtended;
import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.PoisonRecordException;
import io.certexam.platform.messaging.ReceivedEvent;
import io.certexam.reporting.BatchedWrites;
import io.certexam.reporting.SqlTime;
import io.certexam.reporting.certificate.CertificateLedger;
import io.certexam.reporting.timeline.AttemptTimeline;

/**
 * One row per attempt from exam.attempts.v1. Events of one attempt share a partition and so arrive in
 * order, but every write is an upsert that never moves the status backwards (IN_PROGRESS, SUBMITTED,
 * VOIDED), so a replay that starts mid-stream or a dead-lettered event cannot leave a wrong status.
 * Every event also goes onto the attempt's audit timeline, which is this consumer's inbox (see
 * {@link AttemptTimeline}); the distractor tables read the final responses from the AttemptSubmitted entry there.
 * A void takes back a certificate the attempt may hold.
 * <p>
 * Consumed in batches (a rebuild reads hundreds of thousands of records, mostly autosaves): the writes of a
 * batch are queued per statement and sent as JDBC batches, which only reorders writes of different statements,
 * and those commute (see above); certificates are reconciled once per voided attempt at the end.
 */
@Component
class AttemptProjection {

    static final String CONSUMER = "reporting.attempts";

    private final Inbox inbox;
    private final JdbcTemplate jdbc;
    private final AttemptTimeline timeline;
    private final CertificateLedger certificates;

    AttemptProjection(Inbox inbox, JdbcTemplate jdbc, AttemptTimeline timeline, CertificateLedger certificates) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.certificates = certificates;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.EXAM_ATTEMPTS, batch = "true",
            concurrency = "${certexam.reporting.listener-concurrency}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveBatch(CONSUMER, records, timeline.claimWith(AttemptProjection::timelineEntry), deliveries -> {
            BatchedWrites writes = new BatchedWrites();
            Set<String> voided = new TreeSet<>();
            for (Inbox.Delivery delivery : deliveries) {
                apply(delivery.event(), writes, voided);
            }
            writes.flush(jdbc);
            certificates.reconcile(voided);
        });
    }

    private static AttemptTimeline.Entry timelineEntry(ReceivedEvent event) {
        AttemptTimeline.Source source = AttemptTimeline.Source.ATTEMPT;
        return switch (event.type()) {
            case ATTEMPT_STARTED -> {
                AttemptStarted started = event.payloadAs(AttemptStarted.class);
                require(started.attemptId(), "AttemptStarted without attemptId");
                yield new AttemptTimeline.Entry(started.attemptId(), started.startedAt(), source, started.candidateId(), null);
            }
            case RESPONSE_SAVED -> {
                ResponseSaved saved = event.payloadAs(ResponseSaved.class);
                require(saved.attemptId(), "ResponseSaved without attemptId");
                yield new AttemptTimeline.Entry(saved.attemptId(), saved.savedAt(), source, saved.candidateId(),
                        saved.itemId());
            }
            case ATTEMPT_SUBMITTED -> {
                AttemptSubmitted submitted = event.payloadAs(AttemptSubmitted.class);
                require(submitted.attemptId(), "AttemptSubmitted without attemptId");
                yield new AttemptTimeline.Entry(submitted.attemptId(), submitted.submittedAt(), source,
                        submitted.auto() ? "system" : submitted.candidateId(), null);
            }
            case TIME_EXTENDED -> {
                TimeExtended extended = event.payloadAs(TimeExtended.class);
                require(extended.attemptId(), "TimeExtended without attemptId");
                yield new AttemptTimeline.Entry(extended.attemptId(), extended.extendedAt(), source,
                        extended.extendedBy(), null);
            }
            case ATTEMPT_VOIDED -> {
                AttemptVoided voided = event.payloadAs(AttemptVoided.class);
                require(voided.attemptId(), "AttemptVoided without attemptId");
                yield new AttemptTimeline.Entry(voided.attemptId(), voided.voidedAt(), source, voided.voidedBy(), null);
            }
            default -> throw new PoisonRecordException(event.type() + " does not belong on " + Topics.EXAM_ATTEMPTS);
        };
    }

    /** The effects besides the timeline row, which {@link #timelineEntry} has already validated the event for. */
    private void apply(ReceivedEvent event, BatchedWrites writes, Set<String> voidedAttempts) {
        switch (event.type()) {
            case ATTEMPT_STARTED -> started(event.payloadAs(AttemptStarted.class), writes);
            case ATTEMPT_SUBMITTED -> submitted(event.payloadAs(AttemptSubmitted.class), writes);
            case TIME_EXTENDED -> extended(event.payloadAs(TimeExtended.class), writes);
            case ATTEMPT_VOIDED -> {
                AttemptVoided voided = event.payloadAs(AttemptVoided.class);
                voided(voided, writes);
                voidedAttempts.add(voided.attemptId());
            }
            default -> {
                // autosaves have nothing besides their timeline row
            }
        }
    }

    private void started(AttemptStarted started, BatchedWrites writes) {
        require(started.examId(), "AttemptStarted without examId");
        require(started.candidateId(), "AttemptStarted without candidateId");
        writes.upsert("""
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
                            deadline = COALESCE(attempt.deadline, EXCLUDED.deadline)""",
                started.attemptId(), started.attemptId(), started.examId(), started.examVersion(), started.candidateId(),
                started.orgPath(), started.attemptNumber(), SqlTime.utc(started.startedAt()),
                SqlTime.utc(started.deadline()));
    }

    private void submitted(AttemptSubmitted submitted, BatchedWrites writes) {
        writes.upsert("""
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
                            auto_submitted = EXCLUDED.auto_submitted""",
                submitted.attemptId(), submitted.attemptId(), submitted.examId(), submitted.examVersion(),
                submitted.candidateId(), submitted.orgPath(), SqlTime.utc(submitted.startedAt()),
                SqlTime.utc(submitted.submittedAt()), submitted.auto());
    }

    private void extended(TimeExtended extended, BatchedWrites writes) {
        writes.upsert("""
                        INSERT INTO attempt (attempt_id, status, deadline) VALUES (?, 'IN_PROGRESS', ?)
                        ON CONFLICT (attempt_id) DO UPDATE SET deadline = EXCLUDED.deadline""",
                extended.attemptId(), extended.attemptId(), SqlTime.utc(extended.newDeadline()));
    }

    private void voided(AttemptVoided voided, BatchedWrites writes) {
        writes.upsert("""
                        INSERT INTO attempt (attempt_id, status, voided_at, void_reason) VALUES (?, 'VOIDED', ?, ?)
                        ON CONFLICT (attempt_id) DO UPDATE SET
                            status = 'VOIDED', voided_at = EXCLUDED.voided_at, void_reason = EXCLUDED.void_reason""",
                voided.attemptId(), voided.attemptId(), SqlTime.utc(voided.voidedAt()), voided.reason());
    }

    /** A record missing its identity can never be applied: straight to the dead-letter topic, no retries. */
    private static void require(String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new PoisonRecordException(problem);
        }
    }
}
