package io.certexam.reporting.timeline;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.platform.messaging.ReceivedEvent;
import io.certexam.reporting.BatchedWrites;
import io.certexam.reporting.SqlTime;

/**
 * Appends an attempt or grading event to the attempt's audit timeline, queued with the consumer batch's writes. The
 * row is keyed by the CloudEvents id, so a redelivery adds nothing; the Kafka offset breaks ties between
 * events of one topic with the same time, so the order is the same after a rebuild.
 */
@Component
public class AttemptTimeline {

    /** Which topic an entry came from; attempt events sort before grading events of the same instant. */
    public enum Source { ATTEMPT, GRADING }

    private final ObjectMapper json;

    AttemptTimeline(ObjectMapper json) {
        this.json = json;
    }

    public void append(BatchedWrites writes, ReceivedEvent event, long offset, String attemptId, Instant occurredAt,
                       Source source, String actor, String itemId) {
        writes.insert("""
                        INSERT INTO attempt_timeline (event_id, attempt_id, occurred_at, source, type, actor, item_id,
                                                      kafka_offset, detail)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (event_id) DO NOTHING""",
                event.id(), attemptId, SqlTime.utc(occurredAt == null ? event.time() : occurredAt), source.name(),
                event.type().payloadType().getSimpleName(), actor, itemId, offset, toJson(event.payload()));
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + payload.getClass().getSimpleName(), e);
        }
    }
}
