package io.certexam.reporting.result;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.contracts.grading.ManualGradingRequired;
import io.certexam.contracts.grading.ResultPublished;
import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.PoisonRecordException;
import io.certexam.platform.messaging.ReceivedEvent;
import io.certexam.reporting.BatchedWrites;
import io.certexam.reporting.SqlTime;
import io.certexam.reporting.certificate.CertificateLedger;
import io.certexam.reporting.timeline.AttemptTimeline;

/**
 * Result revisions from grading.results.v1. Every revision is kept; the attempt's current result
 * points at the highest revision seen and only ever moves up, so a duplicate or a late older
 * revision cannot regress it. Results need no attempt row: they carry exam and candidate, and the
 * reports join attempts and results at query time, whichever topic delivered first. Each revision also
 * goes onto the attempt's audit timeline (this consumer's inbox, see {@link AttemptTimeline}) and lets the
 * certificate ledger issue or revoke, in the same transaction.
 * <p>
 * Consumed in batches: the writes of a batch are sent as JDBC batches (revisions before current results, the
 * order they were first queued in), then each attempt of the batch is reconciled once.
 */
@Component
class ResultProjection {

    static final String CONSUMER = "reporting.results";

    private final Inbox inbox;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final AttemptTimeline timeline;
    private final CertificateLedger certificates;

    ResultProjection(Inbox inbox, JdbcTemplate jdbc, ObjectMapper json, AttemptTimeline timeline,
                     CertificateLedger certificates) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.json = json;
        this.timeline = timeline;
        this.certificates = certificates;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.GRADING_RESULTS, batch = "true",
            concurrency = "${certexam.reporting.listener-concurrency}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveBatch(CONSUMER, records, timeline.claimWith(ResultProjection::timelineEntry), deliveries -> {
            BatchedWrites writes = new BatchedWrites();
            Set<String> graded = new TreeSet<>();
            for (Inbox.Delivery delivery : deliveries) {
                if (delivery.event().type() == EventType.RESULT_PUBLISHED) {
                    ResultPublished result = delivery.event().payloadAs(ResultPublished.class);
                    published(delivery.event().id(), result, writes);
                    graded.add(result.attemptId());
                }
                // a ManualGradingRequired is only on the timeline: reports show the pending state from the
                // AWAITING_MANUAL_GRADING result
            }
            writes.flush(jdbc);
            certificates.reconcile(graded);
        });
    }

    private static AttemptTimeline.Entry timelineEntry(ReceivedEvent event) {
        AttemptTimeline.Source source = AttemptTimeline.Source.GRADING;
        return switch (event.type()) {
            case RESULT_PUBLISHED -> {
                ResultPublished result = event.payloadAs(ResultPublished.class);
                validate(result);
                yield new AttemptTimeline.Entry(result.attemptId(), result.gradedAt(), source, result.revisedBy(), null);
            }
            case MANUAL_GRADING_REQUIRED -> {
                ManualGradingRequired required = event.payloadAs(ManualGradingRequired.class);
                if (blank(required.attemptId())) {
                    throw new PoisonRecordException("ManualGradingRequired without attemptId");
                }
                yield new AttemptTimeline.Entry(required.attemptId(), required.requestedAt(), source, "grading-service",
                        required.itemId());
            }
            default -> throw new PoisonRecordException(event.type() + " does not belong on " + Topics.GRADING_RESULTS);
        };
    }

    private void published(String eventId, ResultPublished result, BatchedWrites writes) {
        writes.insert("""
                        INSERT INTO result_revision (attempt_id, revision, exam_id, exam_version, candidate_id, org_path,
                                                     status, score, max_score, percent, passed, reason, revised_by,
                                                     submitted_at, graded_at, items, sections, tags, event_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?)
                        ON CONFLICT (attempt_id, revision) DO NOTHING""",
                result.attemptId(), result.revision(), result.examId(), result.examVersion(), result.candidateId(),
                result.orgPath(), result.status(), result.score(), result.maxScore(), result.percent(), result.passed(),
                result.reason(), result.revisedBy(), SqlTime.utc(result.submittedAt()), SqlTime.utc(result.gradedAt()),
                toJson(result.items()), toJson(result.sections()), toJson(result.tags()), eventId);
        writes.upsert("""
                        INSERT INTO current_result (attempt_id, revision, exam_id, candidate_id) VALUES (?, ?, ?, ?)
                        ON CONFLICT (attempt_id) DO UPDATE SET revision = EXCLUDED.revision
                        WHERE current_result.revision < EXCLUDED.revision""",
                result.attemptId(), result.attemptId(), result.revision(), result.examId(), result.candidateId());
    }

    private static void validate(ResultPublished result) {
        if (blank(result.attemptId()) || blank(result.examId()) || blank(result.status()) || result.revision() < 1) {
            throw new PoisonRecordException("ResultPublished needs attemptId, examId, status and a revision >= 1, got "
                    + result.attemptId() + "/" + result.examId() + "/" + result.status() + "/" + result.revision());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String toJson(List<?> value) {
        try {
            return json.writeValueAsString(value == null ? List.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise result details", e);
        }
    }
}
