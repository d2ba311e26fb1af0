package io.certexam.exam.audit;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import io.certexam.platform.problem.NotFoundException;

/** Recomputes an attempt's hash chain from the stored events, as they are now. */
@Component
public class ChainVerifier {

    private final EventStore eventStore;
    private final AttemptChain chain;
    private final ChainHeads heads;

    ChainVerifier(EventStore eventStore, AttemptChain chain, ChainHeads heads) {
        this.eventStore = eventStore;
        this.chain = chain;
        this.heads = heads;
    }

    public ChainVerification verify(String attemptId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(attemptId, 0).asStream().toList();
        if (events.isEmpty() || !"ExamAttempt".equals(events.get(0).getType())) {
            throw new NotFoundException("attempt", attemptId);
        }
        String previous = AttemptChain.GENESIS;
        for (int i = 0; i < events.size(); i++) {
            DomainEventMessage<?> event = events.get(i);
            if (event.getSequenceNumber() != i) {
                return ChainVerification.broken(attemptId, events.size(), i, "event " + i + " is missing");
            }
            Object recorded = event.getMetaData().get(AttemptChain.PREVIOUS_HASH);
            if (!previous.equals(recorded)) {
                return i == 0
                        ? ChainVerification.broken(attemptId, events.size(), 0,
                                "the first event does not start the chain (prevHash " + recorded + ")")
                        : ChainVerification.broken(attemptId, events.size(), i - 1, "event " + (i - 1)
                                + " is not what was recorded: its hash is now " + previous + ", but event " + i
                                + " recorded " + recorded);
            }
            try {
                previous = chain.hashOf(event);
            } catch (IllegalArgumentException e) {
                return ChainVerification.broken(attemptId, events.size(), i, "event " + i + ": " + e.getMessage());
            }
        }
        long last = events.size() - 1L;
        String head = previous;
        return heads.of(attemptId)
                .map(recorded -> {
                    if (recorded.sequence() != last) {
                        return ChainVerification.broken(attemptId, events.size(), Math.min(recorded.sequence(), last),
                                "the stream ends at event " + last + " but event " + recorded.sequence()
                                        + " was the last one recorded");
                    }
                    if (!recorded.hash().equals(head)) {
                        return ChainVerification.broken(attemptId, events.size(), last, "event " + last
                                + " is not what was recorded: its hash is now " + head + ", but " + recorded.hash()
                                + " was recorded when it was appended");
                    }
                    return ChainVerification.valid(attemptId, events.size(), head);
                })
                .orElseGet(() -> ChainVerification.broken(attemptId, events.size(), last,
                        "no recorded head for the stream: its last event cannot be vouched for"));
    }
}
