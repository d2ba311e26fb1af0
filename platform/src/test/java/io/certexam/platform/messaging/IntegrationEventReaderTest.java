package io.certexam.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.bank.ExamRetired;

class IntegrationEventReaderTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final IntegrationEventReader reader = new IntegrationEventReader(json);

    @Test
    void readsACloudEventRecord() throws Exception {
        ExamRetired retired = new ExamRetired(1, "exam-1", 2, Instant.parse("2026-11-23T10:00:00Z"));
        ConsumerRecord<String, byte[]> record = record("exam.ExamRetired.v1", json.writeValueAsBytes(retired));

        ReceivedEvent event = reader.read(record);

        assertThat(event.id()).isEqualTo("event-1");
        assertThat(event.type()).isEqualTo(EventType.EXAM_RETIRED);
        assertThat(event.source()).isEqualTo("/bank-service");
        assertThat(event.payloadAs(ExamRetired.class)).isEqualTo(retired);
    }

    @Test
    void unknownTypeIsPoisonWhenReadAnyway() {
        assertThatThrownBy(() -> reader.read(record("exam.Nonsense.v1", "{}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining("unknown event type");
    }

    @Test
    void anEventTypeFromANewerProducerIsRecognisedAsUnknownNotBroken() {
        assertThat(reader.typeOf(record("exam.SomethingNew.v1", "{}".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(reader.typeOf(record("exam.ExamRetired.v1", "{}".getBytes(StandardCharsets.UTF_8))))
                .contains(EventType.EXAM_RETIRED);
    }

    @Test
    void unreadablePayloadIsPoison() {
        assertThatThrownBy(() -> reader.read(record("exam.ExamRetired.v1", "not json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining("unreadable");
    }

    @Test
    void missingIdIsPoison() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("bank.exams.v1", 0, 7L, "exam-1", new byte[0]);
        record.headers().add(CloudEventHeaders.TYPE, "exam.ExamRetired.v1".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(record))
                .isInstanceOf(PoisonRecordException.class).hasMessageContaining("ce_id").hasMessageContaining("bank.exams.v1-0@7");
    }

    private static ConsumerRecord<String, byte[]> record(String type, byte[] value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("bank.exams.v1", 0, 7L, "exam-1", value);
        record.headers().add(CloudEventHeaders.ID, "event-1".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "/bank-service".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TIME, "2026-11-23T10:00:00Z".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
