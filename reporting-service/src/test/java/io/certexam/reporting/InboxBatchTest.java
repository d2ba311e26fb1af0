package io.certexam.reporting;

import static io.certexam.reporting.TestEvents.NINE;
import static io.certexam.reporting.TestEvents.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.PoisonRecordException;
import io.certexam.testsupport.ServiceIntegrationTest;

/**
 * The inbox's batch path on the service's real database, with hand-made records (so a batch holds exactly what
 * the test says): the effect writes a marker row per event it applies, in the batch's transaction, so the
 * markers show what was committed.
 */
@ServiceIntegrationTest
class InboxBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcClient jdbc;

    private final String consumer = id("test.batch");
    private final String attempt = id("attempt");
    private long offset;

    @Test
    void duplicatesWithinAndAcrossBatchesAreAppliedOnce() {
        ConsumerRecord<String, byte[]> first = saved(UUID.randomUUID().toString());
        ConsumerRecord<String, byte[]> second = saved(UUID.randomUUID().toString());
        ConsumerRecord<String, byte[]> third = saved(UUID.randomUUID().toString());

        int applied = inbox.receiveBatch(consumer, List.of(first, second, copyOf(first), third, copyOf(second)),
                this::mark);
        int again = inbox.receiveBatch(consumer, List.of(copyOf(third), copyOf(first)), this::mark);

        assertThat(applied).isEqualTo(3);
        assertThat(again).isZero();
        assertThat(markers()).containsExactlyInAnyOrder(eventId(first), eventId(second), eventId(third));
    }

    @Test
    void aPoisonRecordInTheMiddleFailsAloneAfterTheRecordsBeforeItWereCommitted() {
        ConsumerRecord<String, byte[]> before = saved(UUID.randomUUID().toString());
        ConsumerRecord<String, byte[]> poison = record(UUID.randomUUID().toString(), EventType.RESPONSE_SAVED,
                "{\"attemptId\": ".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> after = saved(UUID.randomUUID().toString());

        assertThatThrownBy(() -> inbox.receiveBatch(consumer, List.of(before, poison, after), this::mark))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(poison);
                    assertThat(e.getCause()).isInstanceOf(PoisonRecordException.class);
                });
        // the error handler commits offsets up to the poison, dead-letters it and delivers `after` again
        assertThat(markers()).containsExactlyInAnyOrder(eventId(before));
        assertThat(inbox.receiveBatch(consumer, List.of(after), this::mark)).isEqualTo(1);
        assertThat(markers()).containsExactlyInAnyOrder(eventId(before), eventId(after));
    }

    @Test
    void aRecordTheEffectRejectsIsFoundAndOnlyTheRecordsBeforeItAreCommitted() {
        ConsumerRecord<String, byte[]> before = saved(UUID.randomUUID().toString());
        ConsumerRecord<String, byte[]> rejected = saved(UUID.randomUUID().toString());
        ConsumerRecord<String, byte[]> after = saved(UUID.randomUUID().toString());

        assertThatThrownBy(() -> inbox.receiveBatch(consumer, List.of(before, rejected, after), deliveries -> {
            mark(deliveries);
            if (deliveries.stream().anyMatch(d -> d.record() == rejected)) {
                throw new PoisonRecordException("rejected by the effect");
            }
        })).isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getRecord()).isSameAs(rejected));

        assertThat(markers()).containsExactlyInAnyOrder(eventId(before));
        assertThat(processed()).containsExactlyInAnyOrder(eventId(before));
    }

    @Test
    void aBatchThatFailsOnceIsAppliedWithoutLosingOrRepeatingARecord() {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(saved(UUID.randomUUID().toString()));
        }
        AtomicInteger calls = new AtomicInteger();

        int applied = inbox.receiveBatch(consumer, records, deliveries -> {
            mark(deliveries);
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("connection reset, say");
            }
        });

        assertThat(applied).isEqualTo(5);
        assertThat(markers()).containsExactlyInAnyOrderElementsOf(records.stream().map(InboxBatchTest::eventId).toList());
    }

    private void mark(List<Inbox.Delivery> deliveries) {
        for (Inbox.Delivery delivery : deliveries) {
            jdbc.sql("INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)")
                    .params(consumer + "/marker", delivery.event().id()).update();
        }
    }

    /** Marker rows (their key would reject an event applied twice). */
    private List<String> markers() {
        return jdbc.sql("SELECT event_id FROM processed_event WHERE consumer = ?")
                .param(consumer + "/marker").query(String.class).list();
    }

    private List<String> processed() {
        return jdbc.sql("SELECT event_id FROM processed_event WHERE consumer = ?")
                .param(consumer).query(String.class).list();
    }

    private ConsumerRecord<String, byte[]> saved(String eventId) {
        try {
            return record(eventId, EventType.RESPONSE_SAVED,
                    JSON.writeValueAsBytes(TestEvents.responseSaved(attempt, "cand-1", NINE)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ConsumerRecord<String, byte[]> record(String eventId, EventType type, byte[] value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.EXAM_ATTEMPTS, 0, offset++, attempt, value);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, eventId);
        header(record, CloudEventHeaders.SOURCE, "/test");
        header(record, CloudEventHeaders.TYPE, type.cloudEventType());
        header(record, CloudEventHeaders.SUBJECT, attempt);
        header(record, CloudEventHeaders.TIME, NINE.toString());
        return record;
    }

    /** The same event delivered again, at a later offset. */
    private ConsumerRecord<String, byte[]> copyOf(ConsumerRecord<String, byte[]> original) {
        ConsumerRecord<String, byte[]> copy = new ConsumerRecord<>(original.topic(), original.partition(), offset++,
                original.key(), original.value());
        original.headers().forEach(copy.headers()::add);
        return copy;
    }

    private static String eventId(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);
    }

    private static void header(ConsumerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
