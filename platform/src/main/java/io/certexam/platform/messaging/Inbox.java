package io.certexam.platform.messaging;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

import io.certexam.contracts.EventType;

/**
 * Idempotent consumption: the event id is recorded in the same transaction as the effect, so a
 * redelivered record is recognised and skipped. Poison records throw {@link PoisonRecordException}
 * and end on the dead-letter topic; other failures are retried a bounded number of times first.
 * Event types this contracts version does not know are skipped (a newer producer may add some).
 * <p>
 * Batch listeners use {@link #receiveBatch}: one transaction per poll, the same guarantees per record.
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

    /** A record of a batch that this consumer has not applied before, with its event. */
    public record Delivery(ReceivedEvent event, ConsumerRecord<String, byte[]> record) {
    }

    /** The effect of a batch listener: applies the new events of a batch, in record order. */
    @FunctionalInterface
    public interface BatchEffect {

        /** Runs in the inbox's transaction; throwing rolls back the whole batch. */
        void apply(List<Delivery> deliveries);
    }

    /**
     * Records, in the batch's transaction, that a consumer has seen the deliveries of a batch, and answers which of
     * their event ids it had not seen before. The default is a row per event in {@code processed_event}; a
     * consumer that keeps its own row per event id (an append-only log keyed by it) can claim with that row.
     */
    @FunctionalInterface
    public interface Claim {

        Set<String> newEventIds(String consumer, List<Delivery> deliveries);
    }

    /**
     * The batch form of {@link #receive(String, ConsumerRecord, Set, Consumer)}: all new events of the batch are
     * recorded with one statement and applied in one transaction. Duplicates, within the batch or of earlier
     * batches, are skipped exactly as in {@code receive}.
     * <p>
     * A failing record throws a {@link BatchListenerFailedException} naming it, after every record before it was
     * committed: the container's error handler then commits their offsets, retries the failing record (or, for a
     * {@link PoisonRecordException}, dead-letters it at once) and delivers the rest again. So only the failing
     * record is retried or dead-lettered. When the batch transaction fails, its halves are applied again (and
     * theirs, and so on) to find out which record it was; if none fails the failure was transient and the whole
     * batch is applied.
     *
     * @return how many events were applied (not skipped)
     */
    public int receiveBatch(String consumer, List<ConsumerRecord<String, byte[]>> records, Set<EventType> wanted,
                            BatchEffect effect) {
        return receiveBatch(consumer, records, wanted, this::recordProcessed, effect);
    }

    /** {@link #receiveBatch(String, List, Set, BatchEffect)} of every known event type. */
    public int receiveBatch(String consumer, List<ConsumerRecord<String, byte[]>> records, BatchEffect effect) {
        return receiveBatch(consumer, records, EnumSet.allOf(EventType.class), effect);
    }

    /** {@link #receiveBatch(String, List, Set, Claim, BatchEffect)} of every known event type. */
    public int receiveBatch(String consumer, List<ConsumerRecord<String, byte[]>> records, Claim claim,
                            BatchEffect effect) {
        return receiveBatch(consumer, records, EnumSet.allOf(EventType.class), claim, effect);
    }

    /**
     * {@link #receiveBatch(String, List, Set, BatchEffect)} with the consumer's own claim instead of
     * {@code processed_event} rows. A claim that throws a {@link PoisonRecordException} (a record it cannot key)
     * fails its record the same way the effect would.
     */
    public int receiveBatch(String consumer, List<ConsumerRecord<String, byte[]>> records, Set<EventType> wanted,
                            Claim claim, BatchEffect effect) {
        List<Delivery> readable = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            ReceivedEvent event;
            try {
                if (!isWanted(consumer, record, wanted)) {
                    continue;
                }
                event = reader.read(record);
            } catch (PoisonRecordException poison) {
                applyIsolatingFailures(consumer, readable, claim, effect);
                throw new BatchListenerFailedException(poison.getMessage(), poison, record);
            }
            readable.add(new Delivery(event, record));
        }
        return applyIsolatingFailures(consumer, readable, claim, effect);
    }

    private boolean isWanted(String consumer, ConsumerRecord<String, byte[]> record, Set<EventType> wanted) {
        Optional<EventType> type = reader.typeOf(record);
        if (type.isEmpty()) {
            log.warn("{} skips {}-{}@{}: event type not known to this version of the contracts", consumer,
                    record.topic(), record.partition(), record.offset());
            return false;
        }
        return wanted.contains(type.get());
    }

    /**
     * Applies the deliveries in one transaction; when that fails, applies each half the same way, first half
     * first, so the failing record is found in a few transactions and everything before it is committed.
     */
    private int applyIsolatingFailures(String consumer, List<Delivery> deliveries, Claim claim, BatchEffect effect) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        try {
            return applyInOneTransaction(consumer, deliveries, claim, effect);
        } catch (RuntimeException failure) {
            if (deliveries.size() == 1) {
                throw failed(deliveries.get(0), failure);
            }
            log.info("{}: a batch of {} records failed ({}); applying it in halves to find the record", consumer,
                    deliveries.size(), failure.toString());
            int half = deliveries.size() / 2;
            int applied = applyIsolatingFailures(consumer, deliveries.subList(0, half), claim, effect);
            return applied + applyIsolatingFailures(consumer, deliveries.subList(half, deliveries.size()), claim, effect);
        }
    }

    private int applyInOneTransaction(String consumer, List<Delivery> deliveries, Claim claim, BatchEffect effect) {
        Integer applied = transaction.execute(status -> {
            Set<String> fresh = new HashSet<>(claim.newEventIds(consumer, deliveries));
            // the first delivery of an id is applied; later ones in the same batch are duplicates
            List<Delivery> toApply = deliveries.stream().filter(d -> fresh.remove(d.event().id())).toList();
            if (!toApply.isEmpty()) {
                effect.apply(toApply);
            }
            return toApply.size();
        });
        return applied == null ? 0 : applied;
    }

    private Set<String> recordProcessed(String consumer, List<Delivery> deliveries) {
        return new HashSet<>(jdbc.sql("""
                        INSERT INTO processed_event (consumer, event_id) SELECT ?, unnest(?::varchar[])
                        ON CONFLICT DO NOTHING RETURNING event_id""")
                .params(consumer, deliveries.stream().map(d -> d.event().id()).toArray(String[]::new))
                .query(String.class)
                .list());
    }

    private static BatchListenerFailedException failed(Delivery delivery, RuntimeException cause) {
        ConsumerRecord<String, byte[]> record = delivery.record();
        return new BatchListenerFailedException(record.topic() + "-" + record.partition() + "@" + record.offset()
                + " (" + delivery.event().type() + " " + delivery.event().id() + ") failed: " + cause.getMessage(),
                cause, record);
    }
}
