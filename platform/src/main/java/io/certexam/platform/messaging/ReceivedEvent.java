package io.certexam.platform.messaging;

import java.time.Instant;

import io.certexam.contracts.EventType;
import io.certexam.contracts.IntegrationEvent;

/** An integration event as read from Kafka, with its CloudEvents attributes. */
public record ReceivedEvent(String id, EventType type, String source, Instant time, IntegrationEvent payload) {

    public <T extends IntegrationEvent> T payloadAs(Class<T> type) {
        return type.cast(payload);
    }
}
