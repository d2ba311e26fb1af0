package io.certexam.reporting.certificate;

import java.sql.Types;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.EventType;
import io.certexam.contracts.IntegrationEvent;
import io.certexam.platform.messaging.IntegrationEventPublisher;
import io.certexam.reporting.SqlTime;

/**
 * Queues a certificate event in the caller's transaction. The event id is derived from the certificate id
 * and what happened to it, so queueing the same fact again (a redelivery, a rebuild) is a no-op.
 */
@Component
class CertificateOutbox {

    private final JdbcTemplate batch;
    private final ObjectMapper json;

    CertificateOutbox(JdbcTemplate batch, ObjectMapper json) {
        this.batch = batch;
        this.json = json;
    }

    static String eventId(String certificateId, String what) {
        return IntegrationEventPublisher.derivedId(certificateId, what);
    }

    /** A certificate event to queue. */
    record Queued(String eventId, Instant occurredAt, IntegrationEvent event) {
    }

    void queue(String eventId, Instant occurredAt, IntegrationEvent event) {
        queue(List.of(new Queued(eventId, occurredAt, event)));
    }

    /** Queues the events in the order given (the outbox publishes in that order), as one JDBC batch. */
    void queue(List<Queued> events) {
        if (events.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                        INSERT INTO certificate_outbox (event_id, event_type, candidate_id, payload, occurred_at)
                        VALUES (?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (event_id) DO NOTHING""",
                events.stream().map(queued -> new Object[] {queued.eventId(), EventType.of(queued.event()).name(),
                        queued.event().subject(), toJson(queued.event()), SqlTime.utc(queued.occurredAt())}).toList(),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE});
    }

    private String toJson(IntegrationEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
