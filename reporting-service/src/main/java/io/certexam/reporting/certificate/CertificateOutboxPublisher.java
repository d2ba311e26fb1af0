package io.certexam.reporting.certificate;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.EventType;
import io.certexam.contracts.IntegrationEvent;
import io.certexam.platform.messaging.IntegrationEventPublisher;
import io.certexam.platform.messaging.PublicationFailedException;
import io.certexam.reporting.SqlTime;

/**
 * Sends queued certificate events in queue order through the platform's CloudEvents publisher (which waits
 * for {@code acks=all}) and marks each sent only after the broker acknowledged it: at least once, never
 * lost. A crash between the send and the mark re-sends the event with the same id, which consumers drop.
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances never send the same row at
 * the same time. On a failed send the batch stops there, so later events of a candidate never overtake it.
 */
@Component
class CertificateOutboxPublisher {

    private static final Logger log = LoggerFactory.getLogger(CertificateOutboxPublisher.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final IntegrationEventPublisher publisher;
    private final ObjectMapper json;
    private final int batchSize;

    CertificateOutboxPublisher(JdbcClient jdbc, PlatformTransactionManager transactions,
                               IntegrationEventPublisher publisher, ObjectMapper json,
                               @Value("${certexam.reporting.outbox-batch-size:100}") int batchSize) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.publisher = publisher;
        this.json = json;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${certexam.reporting.outbox-interval:500ms}")
    void publishPending() {
        Integer sent;
        do {
            sent = transaction.execute(status -> publishBatch());
        } while (sent != null && sent == batchSize);
    }

    private int publishBatch() {
        List<Pending> pending = jdbc.sql("""
                        SELECT position, event_id, event_type, payload::text AS payload, occurred_at
                        FROM certificate_outbox WHERE sent_at IS NULL
                        ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(batchSize)
                .query((row, n) -> new Pending(row.getLong("position"), row.getString("event_id"),
                        row.getString("event_type"), row.getString("payload"), SqlTime.instant(row, "occurred_at")))
                .list();
        int sent = 0;
        for (Pending event : pending) {
            try {
                publisher.publish(event.eventId(), event.occurredAt(), event.payload(json));
            } catch (PublicationFailedException e) {
                log.warn("Certificate event {} not acknowledged, will retry: {}", event.eventId(), e.toString());
                break;
            }
            jdbc.sql("UPDATE certificate_outbox SET sent_at = now() WHERE position = ?").param(event.position()).update();
            sent++;
        }
        return sent;
    }

    private record Pending(long position, String eventId, String eventType, String payloadJson, Instant occurredAt) {

        IntegrationEvent payload(ObjectMapper json) {
            try {
                return json.readValue(payloadJson, EventType.valueOf(eventType).payloadType());
            } catch (IOException e) {
                throw new IllegalStateException("unreadable outbox row " + position, e);
            }
        }
    }
}
