package io.certexam.reporting.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.ReceivedEvent;

/**
 * The audit timeline of an attempt: one row per attempt or grading event, keyed by its CloudEvents id. The Kafka
 * offset breaks ties between events of one topic with the same time, so the order is the same after a rebuild.
 * <p>
 * Every event the attempt and result consumers apply has its row here, written in the same transaction as its
 * effects, so the timeline is also their inbox ({@link Inbox.Claim}): an id already on the timeline is a
 * redelivery. That spares a {@code processed_event} row per event, which for a rebuild is one row in three.
 */
@Component
public class AttemptTimeline {

    /** Which topic an entry came from; attempt events sort before grading events of the same instant. */
    public enum Source { ATTEMPT, GRADING }

    /** What an event puts on the timeline besides its id, type, offset and payload. */
    public record Entry(String attemptId, Instant occurredAt, Source source, String actor, String itemId) {
    }

    private final JdbcClient jdbc;

    AttemptTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The inbox claim of a consumer whose every event goes on the timeline, with the entry it makes of each. */
    public Inbox.Claim claimWith(Function<ReceivedEvent, Entry> entryOf) {
        return (consumer, deliveries) -> claim(deliveries, entryOf);
    }

    /**
     * Appends the deliveries' rows, one statement for the batch, and returns the ids that were not on the timeline
     * before. The detail is the payload exactly as it was published (the record's bytes), not a re-serialisation.
     *
     * @param entryOf the entry of an event; throws {@code PoisonRecordException} for one that cannot have any
     */
    private Set<String> claim(List<Inbox.Delivery> deliveries, Function<ReceivedEvent, Entry> entryOf) {
        int n = deliveries.size();
        String[] eventIds = new String[n];
        String[] attemptIds = new String[n];
        String[] occurredAt = new String[n];
        String[] sources = new String[n];
        String[] types = new String[n];
        String[] actors = new String[n];
        String[] itemIds = new String[n];
        long[] offsets = new long[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            ReceivedEvent event = deliveries.get(i).event();
            Entry entry = entryOf.apply(event);
            eventIds[i] = event.id();
            attemptIds[i] = entry.attemptId();
            occurredAt[i] = (entry.occurredAt() == null ? event.time() : entry.occurredAt()).toString();
            sources[i] = entry.source().name();
            types[i] = event.type().payloadType().getSimpleName();
            actors[i] = entry.actor();
            itemIds[i] = entry.itemId();
            offsets[i] = deliveries.get(i).record().offset();
            details[i] = new String(deliveries.get(i).record().value(), StandardCharsets.UTF_8);
        }
        return new HashSet<>(jdbc.sql("""
                        INSERT INTO attempt_timeline (event_id, attempt_id, occurred_at, source, type, actor, item_id,
                                                      kafka_offset, detail)
                        SELECT event_id, attempt_id, occurred_at::timestamptz, source, type, actor, item_id, kafka_offset,
                               detail::json
                        FROM unnest(?::varchar[], ?::varchar[], ?::text[], ?::varchar[], ?::varchar[], ?::varchar[],
                                    ?::varchar[], ?::bigint[], ?::text[])
                             AS u (event_id, attempt_id, occurred_at, source, type, actor, item_id, kafka_offset, detail)
                        ON CONFLICT (event_id) DO NOTHING
                        RETURNING event_id""")
                .params(eventIds, attemptIds, occurredAt, sources, types, actors, itemIds, offsets, details)
                .query(String.class)
                .list());
    }
}
