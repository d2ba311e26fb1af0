package io.certexam.exam.attempt;

import java.time.Instant;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.exam.audit.AttemptChain;
import io.certexam.exam.audit.ChainVerification;
import io.certexam.exam.audit.ChainVerifier;
import io.certexam.platform.problem.NotFoundException;

/** What auditors read: the whole stream, the state at any instant, and whether the stream is intact. */
@RestController
class AttemptAuditController {

    private final EventStore eventStore;
    private final AttemptHistory history;
    private final AttemptPresenter presenter;
    private final AttemptChain chain;
    private final ChainVerifier verifier;

    AttemptAuditController(EventStore eventStore, AttemptHistory history, AttemptPresenter presenter,
                           AttemptChain chain, ChainVerifier verifier) {
        this.eventStore = eventStore;
        this.history = history;
        this.presenter = presenter;
        this.chain = chain;
        this.verifier = verifier;
    }

    /** Every event as stored: what was recorded, when, by whom, and the hash it chains to. */
    @GetMapping(path = "/api/attempts/{attemptId}/events", params = "!asOf")
    @PreAuthorize("hasRole('AUDITOR')")
    List<AttemptViews.AuditEvent> events(@PathVariable String attemptId) {
        AttemptIds.require(attemptId);
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(attemptId, 0).asStream().toList();
        if (events.isEmpty()) {
            throw new NotFoundException("attempt", attemptId);
        }
        return events.stream().map(this::audit).toList();
    }

    /** The attempt as it stood at {@code asOf} (ISO-8601 instant): 404 if it had not begun by then. */
    @GetMapping(path = "/api/attempts/{attemptId}/events", params = "asOf")
    @PreAuthorize("hasRole('AUDITOR')")
    AttemptViews.AsOf asOf(@PathVariable String attemptId, @RequestParam Instant asOf) {
        AttemptIds.require(attemptId);
        AttemptState state = history.loadAsOf(attemptId, asOf)
                .orElseThrow(() -> new NotFoundException("attempt as of " + asOf, attemptId));
        int events = (int) eventStore.readEvents(attemptId, 0).asStream()
                .filter(event -> !event.getTimestamp().isAfter(asOf))
                .count();
        return new AttemptViews.AsOf(asOf, events, presenter.view(state, asOf));
    }

    @GetMapping("/api/attempts/{attemptId}/verification")
    @PreAuthorize("hasRole('AUDITOR')")
    ChainVerification verification(@PathVariable String attemptId) {
        AttemptIds.require(attemptId);
        return verifier.verify(attemptId);
    }

    private AttemptViews.AuditEvent audit(DomainEventMessage<?> event) {
        return new AttemptViews.AuditEvent(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), string(event.getMetaData().get(AttemptChain.ACTOR)),
                string(event.getMetaData().get(AttemptChain.ACTOR_ROLE)),
                string(event.getMetaData().get(AttemptChain.PREVIOUS_HASH)), chain.storedPayload(event));
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
