package io.certexam.reporting.certificate;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CertificateOutbox(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    static String eventId(String certificateId, String what) {
        return IntegrationEventPublisher.derivedId(certificateId, what);
    }

    void queue(String eventId, Instant occurredAt, IntegrationEvent event) {
        jdbc.sql("""
                        INSERT INTO certificate_outbox (event_id, event_type, candidate_id, payload, occurred_at)
                        VALUES (?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, EventType.of(event).name(), event.subject(), toJson(event), SqlTime.utc(occurredAt))
                .update();
    }

    private String toJson(IntegrationEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
