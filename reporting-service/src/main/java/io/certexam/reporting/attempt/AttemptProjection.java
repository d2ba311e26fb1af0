package io.certexam.reporting.attempt;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.Topics;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.AttemptVoided;
import io.certexam.contracts.exam.ItemResponse;
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
 * Every event also goes onto the attempt's audit timeline; the final responses feed the distractor
 * tables, and a void takes back a certificate the attempt may hold.
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
    private final ObjectMapper json;

    AttemptProjection(Inbox inbox, JdbcTemplate jdbc, AttemptTimeline timeline, CertificateLedger certificates,
                      ObjectMapper json) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.certificates = certificates;
        this.json = json;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.EXAM_ATTEMPTS, batch = "true",
            concurrency = "${certexam.reporting.listener-concurrency}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveBatch(CONSUMER, records, deliveries -> {
            BatchedWrites writes = new BatchedWrites();
            Set<String> voided = new TreeSet<>();
            for (Inbox.Delivery delivery : deliveries) {
                apply(delivery.event(), delivery.record().offset(), writes, voided);
            }
            writes.flush(jdbc);
            certificates.reconcile(voided);
        });
    }

    private void apply(ReceivedEvent event, long offset, BatchedWrites writes, Set<String> voidedAttempts) {
        switch (event.type()) {
            case ATTEMPT_STARTED -> {
                AttemptStarted started = event.payloadAs(AttemptStarted.class);
                started(started, writes);
                timeline.append(writes, event, offset, started.attemptId(), started.startedAt(),
                        AttemptTimeline.Source.ATTEMPT, started.candidateId(), null);
            }
            case RESPONSE_SAVED -> {
                ResponseSaved saved = event.payloadAs(ResponseSaved.class);
                require(saved.attemptId(), "ResponseSaved without attemptId");
                timeline.append(writes, event, offset, saved.attemptId(), saved.savedAt(), AttemptTimeline.Source.ATTEMPT,
                        saved.candidateId(), saved.itemId());
            }
            case ATTEMPT_SUBMITTED -> {
                AttemptSubmitted submitted = event.payloadAs(AttemptSubmitted.class);
                submitted(submitted, writes);
                timeline.append(writes, event, offset, submitted.attemptId(), submitted.submittedAt(),
                        AttemptTimeline.Source.ATTEMPT, submitted.auto() ? "system" : submitted.candidateId(), null);
            }
            case TIME_EXTENDED -> {
                TimeExtended extended = event.payloadAs(TimeExtended.class);
                extended(extended, writes);
                timeline.append(writes, event, offset, extended.attemptId(), extended.extendedAt(),
                        AttemptTimeline.Source.ATTEMPT, extended.extendedBy(), null);
            }
            case ATTEMPT_VOIDED -> {
                AttemptVoided voided = event.payloadAs(AttemptVoided.class);
                voided(voided, writes);
                timeline.append(writes, event, offset, voided.attemptId(), voided.voidedAt(),
                        AttemptTimeline.Source.ATTEMPT, voided.voidedBy(), null);
                voidedAttempts.add(voided.attemptId());
            }
            default -> throw new PoisonRecordException(event.type() + " does not belong on " + Topics.EXAM_ATTEMPTS);
        }
    }

    private void started(AttemptStarted started, BatchedWrites writes) {
        require(started.attemptId(), "AttemptStarted without attemptId");
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
        require(submitted.attemptId(), "AttemptSubmitted without attemptId");
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
        finalResponses(submitted.attemptId(), submitted.responses(), writes);
    }

    /** Option ids of each final response (null for a non-choice answer), for the distractor tables. */
    private void finalResponses(String attemptId, List<ItemResponse> responses, BatchedWrites writes) {
        if (responses == null) {
            return;
        }
        for (ItemResponse response : responses) {
            if (response == null || response.itemId() == null) {
                continue;
            }
            List<String> options = response.response() == null ? null : response.response().optionIds();
            writes.upsert("""
                            INSERT INTO final_response (attempt_id, item_id, option_ids) VALUES (?, ?, ?::jsonb)
                            ON CONFLICT (attempt_id, item_id) DO UPDATE SET option_ids = EXCLUDED.option_ids""",
                    List.of(attemptId, response.itemId()), attemptId, response.itemId(),
                    options == null ? null : toJson(options));
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise responses", e);
        }
    }

    private void extended(TimeExtended extended, BatchedWrites writes) {
        require(extended.attemptId(), "TimeExtended without attemptId");
        writes.upsert("""
                        INSERT INTO attempt (attempt_id, status, deadline) VALUES (?, 'IN_PROGRESS', ?)
                        ON CONFLICT (attempt_id) DO UPDATE SET deadline = EXCLUDED.deadline""",
                extended.attemptId(), extended.attemptId(), SqlTime.utc(extended.newDeadline()));
    }

    private void voided(AttemptVoided voided, BatchedWrites writes) {
        require(voided.attemptId(), "AttemptVoided without attemptId");
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
