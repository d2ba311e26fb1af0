package io.certexam.exam.audit;

import java.time.Clock;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;

/**
 * The time an auditor sees on an event is the event message's timestamp, and the time the attempt decided
 * on is the service's {@link Clock}: they must be the same clock, or "as of" and the deadlines would disagree.
 * Axon keeps its clock in a static field, so this sets it once at start-up.
 */
@Component
class EventTimestamps {

    EventTimestamps(Clock clock) {
        GenericEventMessage.clock = clock;
    }
}
