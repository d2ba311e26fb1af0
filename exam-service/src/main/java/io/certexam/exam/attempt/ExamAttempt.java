package io.certexam.exam.attempt;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import io.certexam.exam.paper.DrawnItem;
import io.certexam.exam.paper.DrawnPaper;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.problem.RuleViolationException;

/**
 * One candidate's sitting of one exam version. Its event stream is the audit record: the paper given,
 * every accepted answer change with its time, and the hand-in. Time is the server's, passed in with each
 * command, never the client's.
 */
@Aggregate
public class ExamAttempt {

    @AggregateIdentifier
    private String attemptId;
    private String examId;
    private int examVersion;
    private String candidateId;
    private String orgPath;
    private DrawnPaper paper;
    private Instant startedAt;
    private Instant deadline;
    private final Map<String, DrawnItem> items = new HashMap<>();
    private final Map<String, ResponseRecorded> latest = new HashMap<>();
    private Instant submittedAt;

    protected ExamAttempt() {
        // for event sourcing
    }

    @CommandHandler
    public ExamAttempt(StartAttempt command) {
        ExamTerms terms = command.terms();
        Instant now = command.requestedAt();
        if (terms.availableFrom() != null && now.isBefore(terms.availableFrom())) {
            throw new RuleViolationException("exam-not-available", "the exam opens at " + terms.availableFrom());
        }
        if (terms.availableUntil() != null && now.isAfter(terms.availableUntil())) {
            throw new RuleViolationException("exam-not-available", "the exam closed at " + terms.availableUntil());
        }
        if (terms.maxAttempts() != null && command.attemptNumber() > terms.maxAttempts()) {
            throw new RuleViolationException("max-attempts-reached",
                    "all " + terms.maxAttempts() + " attempt(s) allowed on this exam have been used");
        }
        apply(new AttemptBegun(command.attemptId(), command.examId(), command.examVersion(), command.candidateId(),
                command.orgPath(), command.attemptNumber(), command.seed(), command.paper(), now,
                now.plus(Duration.ofMinutes(terms.timeLimitMinutes()))));
    }

    /**
     * Idempotent per item and clientSeq: the save already stored for the item answers a repeat of its
     * clientSeq (even after the attempt closed, so a retried request learns it did succeed), and an older
     * clientSeq is acknowledged with the stored one without changing anything.
     */
    @CommandHandler
    public SaveAck handle(SaveResponse command) {
        requireOwner(command.candidateId());
        DrawnItem item = items.get(command.itemId());
        if (item == null) {
            throw new NotFoundException("item", command.itemId());
        }
        ResponseRecorded stored = latest.get(command.itemId());
        if (stored != null && stored.clientSeq() == command.clientSeq()) {
            return new SaveAck(stored.clientSeq(), stored.savedAt());
        }
        if (submittedAt != null) {
            throw new RuleViolationException("attempt-closed", "the attempt was submitted at " + submittedAt);
        }
        if (command.requestedAt().isAfter(deadline)) {
            throw new RuleViolationException("deadline-passed", "the deadline was " + deadline);
        }
        AnswerRules.check(item, command.answer());
        if (stored != null && command.clientSeq() < stored.clientSeq()) {
            return new SaveAck(stored.clientSeq(), stored.savedAt());
        }
        apply(new ResponseRecorded(attemptId, candidateId, command.itemId(), command.answer(), command.clientSeq(),
                command.requestedAt()));
        return new SaveAck(command.clientSeq(), command.requestedAt());
    }

    /**
     * A second submit returns the first. A submit that arrives after the deadline still closes the attempt,
     * but at the deadline: saves were refused from then on, so that is when it ended.
     */
    @CommandHandler
    public Submission handle(SubmitAttempt command) {
        requireOwner(command.candidateId());
        if (submittedAt != null) {
            return Submission.at(submittedAt);
        }
        Instant at = command.requestedAt().isAfter(deadline) ? deadline : command.requestedAt();
        apply(new AttemptHandedIn(attemptId, examId, examVersion, candidateId, orgPath, startedAt, at, false,
                finalAnswers()));
        return Submission.at(at);
    }

    /** Someone else's attempt is reported as missing, so its existence is not revealed. */
    private void requireOwner(String caller) {
        if (!candidateId.equals(caller)) {
            throw new NotFoundException("attempt", attemptId);
        }
    }

    private List<FinalAnswer> finalAnswers() {
        return paper.flattened()
                .filter(item -> latest.containsKey(item.itemId()))
                .map(item -> new FinalAnswer(item.itemId(), latest.get(item.itemId()).answer()))
                .toList();
    }

    @EventSourcingHandler
    void on(AttemptBegun event) {
        attemptId = event.attemptId();
        examId = event.examId();
        examVersion = event.examVersion();
        candidateId = event.candidateId();
        orgPath = event.orgPath();
        paper = event.paper();
        startedAt = event.startedAt();
        deadline = event.deadline();
        paper.flattened().forEach(item -> items.put(item.itemId(), item));
    }

    @EventSourcingHandler
    void on(ResponseRecorded event) {
        latest.put(event.itemId(), event);
    }

    @EventSourcingHandler
    void on(AttemptHandedIn event) {
        submittedAt = event.submittedAt();
    }
}
