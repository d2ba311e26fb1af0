package io.certexam.reporting.attempt;

import static io.certexam.reporting.TestEvents.NINE;
import static io.certexam.reporting.TestEvents.attemptStarted;
import static io.certexam.reporting.TestEvents.attemptSubmitted;
import static io.certexam.reporting.TestEvents.id;
import static io.certexam.reporting.TestEvents.responseSaved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.MessageListenerContainer;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.reporting.KafkaFedIntegrationTest;
import io.certexam.reporting.Listeners;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;

/**
 * The attempt projection's batch listener over Kafka: records sent while the listener is stopped arrive as one
 * poll, so a poison record and duplicates really sit inside one batch.
 */
@ServiceIntegrationTest
class AttemptBatchIntegrationTest extends KafkaFedIntegrationTest {

    private static final String ATTEMPTS_DLT = Topics.deadLetterTopicOf(Topics.EXAM_ATTEMPTS);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPoisonRecordInsideABatchIsDeadLetteredAloneAndDuplicatesApplyOnce() {
        String exam = id("exam");
        String candidate = id("cand");
        String attempt = id("attempt");
        String poisonId = UUID.randomUUID().toString();
        String withoutAttemptId = UUID.randomUUID().toString();
        String savedId = UUID.randomUUID().toString();
        MessageListenerContainer container = listeners.getListenerContainer(AttemptProjection.CONSUMER);

        container.stop();
        try {
            kafka.send(attemptStarted(attempt, exam, candidate, NINE));
            // same key: one partition, in this order, the poison between good records
            kafka.sendRaw(Topics.EXAM_ATTEMPTS, attempt, EventType.RESPONSE_SAVED.cloudEventType(), poisonId,
                    "{\"attemptId\": ".getBytes(StandardCharsets.UTF_8));
            // readable, but with nothing to key its timeline row by
            kafka.sendRaw(Topics.EXAM_ATTEMPTS, attempt, EventType.RESPONSE_SAVED.cloudEventType(), withoutAttemptId,
                    "{\"schemaVersion\": 1, \"candidateId\": \"c\", \"itemId\": \"q-1\", \"clientSeq\": 2}"
                            .getBytes(StandardCharsets.UTF_8));
            kafka.send(savedId, responseSaved(attempt, candidate, NINE.plusSeconds(60)));
            kafka.send(savedId, responseSaved(attempt, candidate, NINE.plusSeconds(60)));
            kafka.send(attemptSubmitted(attempt, exam, candidate, NINE, NINE.plusSeconds(600)));
        } finally {
            container.start();
        }
        Listeners.awaitAssignment(listeners);

        await().atMost(Listeners.PROCESSING).untilAsserted(() -> {
            assertThat(timeline(attempt)).containsExactly("AttemptStarted", "ResponseSaved", "AttemptSubmitted");
            assertThat(status(attempt)).isEqualTo("SUBMITTED");
        });
        await().atMost(Listeners.PROCESSING).untilAsserted(() -> assertThat(kafka.readRaw(ATTEMPTS_DLT))
                .extracting(record -> KafkaTestClient.header(record, CloudEventHeaders.ID))
                .containsOnlyOnce(poisonId, withoutAttemptId)
                .doesNotContain(savedId));

        // a redelivery in a later batch, followed by a new save that shows the batch was applied
        String laterId = UUID.randomUUID().toString();
        kafka.send(savedId, responseSaved(attempt, candidate, NINE.plusSeconds(60)));
        kafka.send(laterId, responseSaved(attempt, candidate, NINE.plusSeconds(120)));
        await().atMost(Listeners.PROCESSING).untilAsserted(() -> assertThat(timeline(attempt))
                .containsExactly("AttemptStarted", "ResponseSaved", "ResponseSaved", "AttemptSubmitted"));
        assertThat(jdbc.sql("SELECT count(*) FROM attempt_timeline WHERE event_id = ?").param(savedId)
                .query(Long.class).single()).isEqualTo(1);
        // the timeline row is the inbox's record of the event: no processed_event row besides it
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = ?").param(AttemptProjection.CONSUMER)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theTimelineKeepsTheEventAsPublishedIncludingFieldsThisVersionDoesNotKnow() {
        String attempt = id("attempt");
        String eventId = UUID.randomUUID().toString();
        kafka.sendRaw(Topics.EXAM_ATTEMPTS, attempt, EventType.RESPONSE_SAVED.cloudEventType(), eventId, ("""
                {"schemaVersion": 1, "attemptId": "%s", "candidateId": "cand-x", "itemId": "q-7",
                 "response": {"optionIds": ["C"]}, "clientSeq": 4, "savedAt": "2026-03-02T09:01:00Z",
                 "deviceHint": "kiosk-12"}""".formatted(attempt)).getBytes(StandardCharsets.UTF_8));

        await().atMost(Listeners.PROCESSING).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT detail->>'deviceHint' || ' ' || (detail->'response'->'optionIds'->>0) || ' ' || item_id
                        FROM attempt_timeline WHERE event_id = ?""")
                .param(eventId).query(String.class).optional()).contains("kiosk-12 C q-7"));
    }

    private List<String> timeline(String attempt) {
        return jdbc.sql("SELECT type FROM attempt_timeline WHERE attempt_id = ? ORDER BY occurred_at, kafka_offset")
                .param(attempt).query(String.class).list();
    }

    private String status(String attempt) {
        return jdbc.sql("SELECT status FROM attempt WHERE attempt_id = ?").param(attempt).query(String.class)
                .optional().orElse(null);
    }
}
