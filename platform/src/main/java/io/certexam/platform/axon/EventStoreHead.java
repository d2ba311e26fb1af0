package io.certexam.platform.axon;

import java.util.OptionalLong;
import java.util.function.Supplier;

import org.axonframework.eventhandling.TrackingToken;

/** The event store's newest position, for judging how far a processor is behind it. */
public final class EventStoreHead {

    private final Supplier<TrackingToken> headToken;

    /** @param headToken the event store's head token (a supplier: the store comes from Axon's configuration) */
    public EventStoreHead(Supplier<TrackingToken> headToken) {
        this.headToken = headToken;
    }

    /** -1 for an empty store; empty when it is unknown (the database is away, or the token has no position). */
    public OptionalLong position() {
        try {
            TrackingToken head = headToken.get();
            return head == null ? OptionalLong.of(-1) : head.position();
        } catch (RuntimeException databaseAway) {
            return OptionalLong.empty();
        }
    }
}
