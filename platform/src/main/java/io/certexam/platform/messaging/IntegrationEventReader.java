package io.certexam.platform.messaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.IntegrationEvent;

/** Turns a CloudEvents Kafka record into a {@link ReceivedEvent}, or rejects it as poison. */
public class IntegrationEventReader {

    private final ObjectMapper objectMapper;

    public IntegrationEventReader(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * The record's event type, empty when the type is one this contracts version does not know (a newer
     * producer may add event types to a topic; that is not a broken record).
     */
    public Optional<EventType> typeOf(ConsumerRecord<String, byte[]> record) {
        return EventType.ofCloudEventType(header(record, CloudEventHeaders.TYPE));
    }

    public ReceivedEvent read(ConsumerRecord<String, byte[]> record) {
        String id = header(record, CloudEventHeaders.ID);
        String typeName = header(record, CloudEventHeaders.TYPE);
        EventType type = EventType.ofCloudEventType(typeName)
                .orElseThrow(() -> new PoisonRecordException("unknown event type " + typeName + " at " + where(record)));
        if (record.value() == null) {
            throw new PoisonRecordException("empty payload at " + where(record));
        }
        try {
            IntegrationEvent payload = objectMapper.readValue(record.value(), type.payloadType());
            return new ReceivedEvent(id, type, header(record, CloudEventHeaders.SOURCE), time(record), payload);
        } catch (IOException e) {
            throw new PoisonRecordException("unreadable " + typeName + " payload at " + where(record), e);
        }
    }

    private static Instant time(ConsumerRecord<String, byte[]> record) {
        try {
            return Instant.parse(header(record, CloudEventHeaders.TIME));
        } catch (DateTimeParseException e) {
            throw new PoisonRecordException("bad ce_time at " + where(record), e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new PoisonRecordException("missing header " + name + " at " + where(record));
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
