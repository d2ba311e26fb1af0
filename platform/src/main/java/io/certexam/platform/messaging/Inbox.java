package io.certexam.platform.messaging;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotent consumption: the event id is recorded in the same transaction as the effect, so a
 * redelivered record is recognised and skipped. Poison records throw {@link PoisonRecordException}
 * and end on the dead-letter topic; other failures are retried a bounded number of times first.
 */
public class Inbox {

    private final IntegrationEventReader reader;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public Inbox(IntegrationEventReader reader, JdbcClient jdbc, TransactionTemplate transaction) {
        this.reader = reader;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * @param consumer names the effect (one service may apply the same event to several read models)
     * @return true when the effect was applied, false for a duplicate delivery
     */
    public boolean receive(String consumer, ConsumerRecord<String, byte[]> record, Consumer<ReceivedEvent> effect) {
        ReceivedEvent event = reader.read(record);
        Boolean applied = transaction.execute(status -> {
            int inserted = jdbc.sql("INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(consumer, event.id())
                    .update();
            if (inserted == 0) {
                return false;
            }
            effect.accept(event);
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}
