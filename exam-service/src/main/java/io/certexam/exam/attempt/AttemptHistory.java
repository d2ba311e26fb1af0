package io.certexam.exam.attempt;

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
        List<Object> events = eventStore.readEvents(attemptId).asStream().map(Message::getPayload).map(Object.class::cast)
                .toList();
        return events.isEmpty() ? Optional.empty() : Optional.of(AttemptState.fold(events));
    }
}
