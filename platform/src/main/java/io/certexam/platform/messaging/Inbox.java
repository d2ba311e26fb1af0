package io.certexam.platform.messaging;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.certexam.contracts.EventType;

/**
 * Idempotent consumption: the event id is recorded in the same transaction as the effect, so a
 * redelivered record is recognised and skipped. Poison records throw {@link PoisonRecordException}
 * and end on the dead-letter topic; other failures are retried a bounded number of times first.
 * Event types this contracts version does not know are skipped (a newer producer may add some).
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

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
        return receive(consumer, record, EnumSet.allOf(EventType.class), effect);
    }

    /**
     * Like {@link #receive(String, ConsumerRecord, Consumer)}, but records of types not in {@code wanted}
     * are skipped before any parsing or database write (e.g. the autosaves on exam.attempts.v1).
     */
    public boolean receive(String consumer, ConsumerRecord<String, byte[]> record, Set<EventType> wanted,
                           Consumer<ReceivedEvent> effect) {
        Optional<EventType> type = reader.typeOf(record);
        if (type.isEmpty()) {
            log.warn("{} skips {}-{}@{}: event type not known to this version of the contracts", consumer,
                    record.topic(), record.partition(), record.offset());
            return false;
        }
        if (!wanted.contains(type.get())) {
            return false;
        }
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
