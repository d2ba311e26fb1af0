package io.certexam.exam.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;

/** Reads an attempt's stream from the event store. */
@Component
class AttemptHistory {

    private final EventStore eventStore;

    AttemptHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Optional<AttemptState> load(String attemptId) {
        return fold(eventStore.readEvents(attemptId, 0).asStream().map(Message::getPayload).map(Object.class::cast)
                .toList());
    }

    /** The attempt as it stood at {@code asOf}: only the events recorded until then. Empty if it had not begun. */
    Optional<AttemptState> loadAsOf(String attemptId, Instant asOf) {
        return fold(eventStore.readEvents(attemptId, 0).asStream()
                .filter(event -> !event.getTimestamp().isAfter(asOf))
                .map(Message::getPayload).map(Object.class::cast)
                .toList());
    }

    private static Optional<AttemptState> fold(List<Object> events) {
        return events.isEmpty() ? Optional.empty() : Optional.of(AttemptState.fold(events));
    }
}
