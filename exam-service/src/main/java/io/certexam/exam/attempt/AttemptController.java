package io.certexam.exam.attempt;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.security.Actor;
import io.certexam.platform.security.Role;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

@RestController
class AttemptController {

    private static final int CONFLICT_TRIES = 5;

    private final AttemptStarter starter;
    private final CommandGateway commands;
    private final AttemptHistory history;
    private final AttemptPresenter presenter;
    private final Clock clock;

    AttemptController(AttemptStarter starter, CommandGateway commands, AttemptHistory history,
                      AttemptPresenter presenter, Clock clock) {
        this.starter = starter;
        this.commands = commands;
        this.history = history;
        this.presenter = presenter;
        this.clock = clock;
    }

    @PostMapping("/api/exams/{examId}/attempts")
    @PreAuthorize("hasRole('CANDIDATE')")
    ResponseEntity<AttemptViews.Started> start(@PathVariable String examId, @Parameter(hidden = true) Actor candidate) {
        String attemptId = starter.start(examId, candidate);
        AttemptState attempt = history.load(attemptId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/attempts/" + attemptId)).body(new AttemptViews.Started(
                attemptId, attempt.examId(), attempt.examVersion(), attempt.startedAt(), attempt.deadline(),
                presenter.paper(attempt)));
    }

    @PutMapping("/api/attempts/{attemptId}/responses/{itemId}")
    @PreAuthorize("hasRole('CANDIDATE')")
    SaveAck save(@PathVariable String attemptId, @PathVariable String itemId,
                 @RequestBody @Validated SaveResponseRequest request,
                 @Parameter(hidden = true) Actor candidate) {
        AttemptIds.require(attemptId);
        return sendRetryingOnConflict(() -> new SaveResponse(attemptId, candidate.id(), itemId, request.response(),
                request.clientSeq(), clock.instant()));
    }

    @PostMapping("/api/attempts/{attemptId}/submit")
    @PreAuthorize("hasRole('CANDIDATE')")
    Submission submit(@PathVariable String attemptId, @Parameter(hidden = true) Actor candidate) {
        AttemptIds.require(attemptId);
        return sendRetryingOnConflict(() -> new SubmitAttempt(attemptId, candidate.id(), clock.instant()));
    }

    /** Flag an item for review ({@code DELETE} takes the flag away). */
    @PutMapping("/api/attempts/{attemptId}/flags/{itemId}")
    @PreAuthorize("hasRole('CANDIDATE')")
    ResponseEntity<Void> flag(@PathVariable String attemptId, @PathVariable String itemId,
                              @Parameter(hidden = true) Actor candidate) {
        AttemptIds.require(attemptId);
        sendRetryingOnConflict(() -> new FlagItem(attemptId, candidate.id(), itemId, true, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/attempts/{attemptId}/flags/{itemId}")
    @PreAuthorize("hasRole('CANDIDATE')")
    ResponseEntity<Void> unflag(@PathVariable String attemptId, @PathVariable String itemId,
                                @Parameter(hidden = true) Actor candidate) {
        AttemptIds.require(attemptId);
        sendRetryingOnConflict(() -> new FlagItem(attemptId, candidate.id(), itemId, false, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    /** Where the candidate is, so a reconnecting client resumes there. */
    @PutMapping("/api/attempts/{attemptId}/current-item")
    @PreAuthorize("hasRole('CANDIDATE')")
    ResponseEntity<Void> open(@PathVariable String attemptId, @RequestBody @Validated CurrentItemRequest request,
                              @Parameter(hidden = true) Actor candidate) {
        AttemptIds.require(attemptId);
        sendRetryingOnConflict(() -> new OpenItem(attemptId, candidate.id(), request.itemId(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/attempts/{attemptId}/time-extensions")
    @PreAuthorize("hasAnyRole('PROCTOR', 'ADMIN')")
    AttemptViews.Extension extend(@PathVariable String attemptId, @RequestBody @Validated ExtensionRequest request,
                                  @Parameter(hidden = true) Actor proctor) {
        AttemptIds.require(attemptId);
        Instant deadline = sendRetryingOnConflict(() -> new ExtendDeadline(attemptId, request.minutes(),
                request.reason(), proctor.id(), clock.instant()));
        return new AttemptViews.Extension(attemptId, deadline);
    }

    @PostMapping("/api/attempts/{attemptId}/void")
    @PreAuthorize("hasAnyRole('PROCTOR', 'ADMIN')")
    AttemptViews.Attempt voidAttempt(@PathVariable String attemptId, @RequestBody @Validated VoidRequest request,
                                     @Parameter(hidden = true) Actor proctor) {
        AttemptIds.require(attemptId);
        sendRetryingOnConflict(() -> new VoidAttempt(attemptId, request.reason(), proctor.id(), clock.instant()));
        return presenter.view(history.load(attemptId).orElseThrow(), clock.instant());
    }

    /** Proctors, admins and auditors see any attempt; a candidate only their own, others look missing. */
    @GetMapping("/api/attempts/{attemptId}")
    @PreAuthorize("hasAnyRole('CANDIDATE', 'PROCTOR', 'ADMIN', 'AUDITOR')")
    AttemptViews.Attempt get(@PathVariable String attemptId, @Parameter(hidden = true) Actor actor) {
        AttemptIds.require(attemptId);
        AttemptState attempt = history.load(attemptId)
                .filter(a -> actor.hasAny(Role.PROCTOR, Role.ADMIN, Role.AUDITOR) || a.candidateId().equals(actor.id()))
                .orElseThrow(() -> new NotFoundException("attempt", attemptId));
        return presenter.view(attempt, clock.instant());
    }

    record CurrentItemRequest(@NotBlank String itemId) {
    }

    record ExtensionRequest(@NotNull Integer minutes, @NotBlank String reason) {
    }

    record VoidRequest(@NotBlank String reason) {
    }

    /**
     * Two requests on one attempt at once (autosave of two items, a save racing the submit) both load the
     * stream at the same sequence number and one append loses. Its command is simply decided again on the
     * new state, with a fresh server time: saves and submits are idempotent, so that is always safe.
     */
    private <R> R sendRetryingOnConflict(Supplier<Object> command) {
        // every attempt id is a UUID; anything else is no attempt and must not reach (and load) an aggregate
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(command.get());
            } catch (RuntimeException e) {
                if (attempt >= CONFLICT_TRIES || !causedByConflict(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean causedByConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

}
