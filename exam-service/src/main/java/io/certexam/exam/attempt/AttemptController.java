package io.certexam.exam.attempt;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.contracts.bank.ExamPublished;
import io.certexam.exam.catalog.PublishedExams;
import io.certexam.exam.paper.PaperPresenter;
import io.certexam.exam.paper.PresentedPaper;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.security.Actor;
import io.certexam.platform.security.Role;
import io.swagger.v3.oas.annotations.Parameter;

@RestController
class AttemptController {

    private static final int CONFLICT_TRIES = 5;

    private final AttemptStarter starter;
    private final CommandGateway commands;
    private final AttemptHistory history;
    private final PublishedExams exams;
    private final Clock clock;

    AttemptController(AttemptStarter starter, CommandGateway commands, AttemptHistory history, PublishedExams exams,
                      Clock clock) {
        this.starter = starter;
        this.commands = commands;
        this.history = history;
        this.exams = exams;
        this.clock = clock;
    }

    @PostMapping("/api/exams/{examId}/attempts")
    @PreAuthorize("hasRole('CANDIDATE')")
    ResponseEntity<AttemptViews.Started> start(@PathVariable String examId, @Parameter(hidden = true) Actor candidate) {
        String attemptId = starter.start(examId, candidate);
        AttemptState attempt = history.load(attemptId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/attempts/" + attemptId)).body(new AttemptViews.Started(
                attemptId, attempt.examId(), attempt.examVersion(), attempt.startedAt(), attempt.deadline(),
                present(attempt)));
    }

    @PutMapping("/api/attempts/{attemptId}/responses/{itemId}")
    @PreAuthorize("hasRole('CANDIDATE')")
    SaveAck save(@PathVariable String attemptId, @PathVariable String itemId,
                 @RequestBody @Validated SaveResponseRequest request,
                 @Parameter(hidden = true) Actor candidate) {
        return sendRetryingOnConflict(() -> new SaveResponse(attemptId, candidate.id(), itemId, request.response(),
                request.clientSeq(), clock.instant()));
    }

    @PostMapping("/api/attempts/{attemptId}/submit")
    @PreAuthorize("hasRole('CANDIDATE')")
    Submission submit(@PathVariable String attemptId, @Parameter(hidden = true) Actor candidate) {
        return sendRetryingOnConflict(() -> new SubmitAttempt(attemptId, candidate.id(), clock.instant()));
    }

    /** Proctors and auditors see any attempt; a candidate only their own, others look missing. */
    @GetMapping("/api/attempts/{attemptId}")
    @PreAuthorize("hasAnyRole('CANDIDATE', 'PROCTOR', 'AUDITOR')")
    AttemptViews.Attempt get(@PathVariable String attemptId, @Parameter(hidden = true) Actor actor) {
        AttemptState attempt = history.load(attemptId)
                .filter(a -> actor.hasAny(Role.PROCTOR, Role.AUDITOR) || a.candidateId().equals(actor.id()))
                .orElseThrow(() -> new NotFoundException("attempt", attemptId));
        Instant now = clock.instant();
        long remaining = attempt.status() == AttemptStatus.IN_PROGRESS && now.isBefore(attempt.deadline())
                ? Duration.between(now, attempt.deadline()).toSeconds() : 0;
        return new AttemptViews.Attempt(attempt.attemptId(), attempt.examId(), attempt.examVersion(),
                attempt.candidateId(), attempt.status(), attempt.startedAt(), attempt.deadline(), remaining,
                attempt.submittedAt(), present(attempt),
                attempt.responses().stream().map(r -> new AttemptViews.SavedResponse(r.itemId(), r.answer(),
                        r.clientSeq(), r.savedAt())).toList());
    }

    /**
     * Two requests on one attempt at once (autosave of two items, a save racing the submit) both load the
     * stream at the same sequence number and one append loses. Its command is simply decided again on the
     * new state, with a fresh server time: saves and submits are idempotent, so that is always safe.
     */
    private <R> R sendRetryingOnConflict(Supplier<Object> command) {
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

    private PresentedPaper present(AttemptState attempt) {
        ExamPublished exam = exams.version(attempt.examId(), attempt.examVersion())
                .orElseThrow(() -> new IllegalStateException("exam " + attempt.examId() + " v"
                        + attempt.examVersion() + " of attempt " + attempt.attemptId() + " is not in the catalogue"));
        return PaperPresenter.present(attempt.paper(), exam);
    }
}
