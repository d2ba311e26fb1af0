package io.certexam.exam.attempt;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import io.certexam.exam.audit.AttemptChain;
import io.certexam.exam.paper.DrawnItem;
import io.certexam.exam.paper.DrawnPaper;
import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.problem.RuleViolationException;

/**
 * One candidate's sitting of one exam version. Its event stream is the audit record: the paper given,
 * every accepted answer change with its time, flags and navigation, proctor decisions and the hand-in, each
 * event with its actor and the hash of its predecessor. Time is the server's, passed in with each command,
 * never the client's.
 *
 * <p>Snapshots hold the fields (Jackson, field access); {@code @Revision} changes whenever they do, so
 * older snapshots are ignored instead of misread.
 */
@Aggregate(snapshotTriggerDefinition = "attemptSnapshotTrigger", cache = "attemptCache")
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ExamAttempt {

    static final String SYSTEM = "deadline-scheduler";
    static final int MAX_EXTENSION_MINUTES = 600;
    static final int MAX_REASON_LENGTH = 1000;

    @AggregateIdentifier
    private String attemptId;
    private String examId;
    private int examVersion;
    private String candidateId;
    private String orgPath;
    private DrawnPaper paper;
    private Instant startedAt;
    private Instant deadline;
    private int graceSeconds;
    private final Map<String, DrawnItem> items = new HashMap<>();
    private final Map<String, ResponseRecorded> latest = new HashMap<>();
    private final Set<String> flagged = new HashSet<>();
    private String currentItem;
    private Instant submittedAt;
    private Instant voidedAt;
    private String chainHead = AttemptChain.GENESIS;

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
        if (terms.minMinutesBetweenAttempts() != null && command.previousAttemptEndedAt() != null) {
            Instant allowedFrom = command.previousAttemptEndedAt().plus(Duration.ofMinutes(terms.minMinutesBetweenAttempts()));
            if (now.isBefore(allowedFrom)) {
                throw new RuleViolationException("attempt-wait-required", "the next attempt on this exam may start at "
                        + allowedFrom + " (" + terms.minMinutesBetweenAttempts() + " minutes after the last one ended)");
            }
        }
        Instant deadline = now.plus(Duration.ofMinutes((long) terms.timeLimitMinutes() + command.accommodationMinutes()));
        apply(new AttemptBegun(command.attemptId(), command.examId(), command.examVersion(), command.candidateId(),
                        command.orgPath(), command.attemptNumber(), command.seed(), command.paper(), now, deadline,
                        command.accommodationMinutes(), command.graceSeconds()),
                AttemptChain.metaData(command.candidateId(), "CANDIDATE", AttemptChain.GENESIS));
    }

    /**
     * Idempotent per item and clientSeq: the save already stored for the item answers a repeat of its
     * clientSeq (even after the attempt closed, so a retried request learns it did succeed), and an older
     * clientSeq is acknowledged with the stored one without changing anything. A save up to the grace after
     * the deadline (a request that was in flight) is accepted and marked.
     */
    @CommandHandler
    public SaveAck handle(SaveResponse command) {
        requireOwner(command.candidateId());
        DrawnItem item = item(command.itemId());
        ResponseRecorded stored = latest.get(command.itemId());
        if (stored != null && stored.clientSeq() == command.clientSeq()) {
            return new SaveAck(stored.clientSeq(), stored.savedAt());
        }
        requireOpen(command.requestedAt());
        AnswerRules.check(item, command.answer());
        if (stored != null && command.clientSeq() < stored.clientSeq()) {
            return new SaveAck(stored.clientSeq(), stored.savedAt());
        }
        record(new ResponseRecorded(attemptId, candidateId, command.itemId(), command.answer(), command.clientSeq(),
                command.requestedAt(), command.requestedAt().isAfter(deadline)), candidateId, "CANDIDATE");
        return new SaveAck(command.clientSeq(), command.requestedAt());
    }

    /** Setting a flag that is already set (or clearing a clear one) changes nothing and records nothing. */
    @CommandHandler
    public void handle(FlagItem command) {
        requireOwner(command.candidateId());
        item(command.itemId());
        requireOpen(command.requestedAt());
        if (flagged.contains(command.itemId()) != command.flagged()) {
            record(new ItemFlagChanged(attemptId, command.itemId(), command.flagged(), command.requestedAt()),
                    candidateId, "CANDIDATE");
        }
    }

    @CommandHandler
    public void handle(OpenItem command) {
        requireOwner(command.candidateId());
        item(command.itemId());
        requireOpen(command.requestedAt());
        if (!command.itemId().equals(currentItem)) {
            record(new ItemOpened(attemptId, command.itemId(), command.requestedAt()), candidateId, "CANDIDATE");
        }
    }

    /**
     * A second submit returns the first. A submit that arrives after the deadline still closes the attempt,
     * but at the deadline: that is when it ended.
     */
    @CommandHandler
    public Submission handle(SubmitAttempt command) {
        requireOwner(command.candidateId());
        requireNotVoided();
        if (submittedAt != null) {
            return Submission.at(submittedAt);
        }
        Instant at = command.requestedAt().isAfter(deadline) ? deadline : command.requestedAt();
        handIn(at, false, candidateId, "CANDIDATE");
        return Submission.at(at);
    }

    /**
     * The scheduler may be early (the deadline was extended after it looked) or late (it was down): the
     * attempt closes only once the deadline and its grace have passed, and always at the deadline.
     *
     * @return whether this call closed the attempt
     */
    @CommandHandler
    public boolean handle(SubmitAtDeadline command) {
        if (submittedAt != null || voidedAt != null || !command.requestedAt().isAfter(graceEnd())) {
            return false;
        }
        handIn(deadline, true, SYSTEM, "SYSTEM");
        return true;
    }

    @CommandHandler
    public Instant handle(ExtendDeadline command) {
        requireNotVoided();
        if (submittedAt != null) {
            throw new RuleViolationException("attempt-closed", "the attempt was submitted at " + submittedAt
                    + "; there is no time left to extend");
        }
        if (command.minutes() < 1 || command.minutes() > MAX_EXTENSION_MINUTES) {
            throw new InvalidInputException("minutes", "must be between 1 and " + MAX_EXTENSION_MINUTES);
        }
        String reason = reason(command.reason());
        Instant newDeadline = deadline.plus(Duration.ofMinutes(command.minutes()));
        record(new DeadlineExtended(attemptId, command.minutes(), reason, command.proctorId(), newDeadline,
                command.requestedAt()), command.proctorId(), "PROCTOR");
        return newDeadline;
    }

    /** A submitted attempt may still be voided (misconduct found afterwards); voiding twice is refused. */
    @CommandHandler
    public void handle(VoidAttempt command) {
        requireNotVoided();
        record(new AttemptNullified(attemptId, reason(command.reason()), command.proctorId(), command.requestedAt()),
                command.proctorId(), "PROCTOR");
    }

    private void handIn(Instant at, boolean auto, String actor, String role) {
        record(new AttemptHandedIn(attemptId, examId, examVersion, candidateId, orgPath, startedAt, at, auto,
                finalAnswers()), actor, role);
    }

    private void record(Object event, String actor, String role) {
        apply(event, AttemptChain.metaData(actor, role, chainHead));
    }

    /** Someone else's attempt is reported as missing, so its existence is not revealed. */
    private void requireOwner(String caller) {
        if (!candidateId.equals(caller)) {
            throw new NotFoundException("attempt", attemptId);
        }
    }

    private DrawnItem item(String itemId) {
        DrawnItem item = items.get(itemId);
        if (item == null) {
            throw new NotFoundException("item", itemId);
        }
        return item;
    }

    private void requireOpen(Instant now) {
        requireNotVoided();
        if (submittedAt != null) {
            throw new RuleViolationException("attempt-closed", "the attempt was submitted at " + submittedAt);
        }
        if (now.isAfter(graceEnd())) {
            throw new RuleViolationException("deadline-passed", "the deadline was " + deadline);
        }
    }

    private void requireNotVoided() {
        if (voidedAt != null) {
            throw new RuleViolationException("attempt-voided", "the attempt was voided at " + voidedAt);
        }
    }

    private Instant graceEnd() {
        return deadline.plusSeconds(graceSeconds);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a reason is required");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "at most " + MAX_REASON_LENGTH + " characters");
        }
        return reason.strip();
    }

    private List<FinalAnswer> finalAnswers() {
        return paper.flattened()
                .filter(item -> latest.containsKey(item.itemId()))
                .map(item -> new FinalAnswer(item.itemId(), latest.get(item.itemId()).answer()))
                .toList();
    }

    @EventSourcingHandler
    void on(AttemptBegun event, DomainEventMessage<?> message, AttemptChain chain) {
        attemptId = event.attemptId();
        examId = event.examId();
        examVersion = event.examVersion();
        candidateId = event.candidateId();
        orgPath = event.orgPath();
        paper = event.paper();
        startedAt = event.startedAt();
        deadline = event.deadline();
        graceSeconds = event.graceSeconds();
        paper.flattened().forEach(item -> items.put(item.itemId(), item));
        chainHead = chain.hashOf(message);
    }

    @EventSourcingHandler
    void on(ResponseRecorded event, DomainEventMessage<?> message, AttemptChain chain) {
        latest.put(event.itemId(), event);
        chainHead = chain.hashOf(message);
    }

    @EventSourcingHandler
    void on(ItemFlagChanged event, DomainEventMessage<?> message, AttemptChain chain) {
        if (event.flagged()) {
            flagged.add(event.itemId());
        } else {
            flagged.remove(event.itemId());
        }
        chainHead = chain.hashOf(message);
    }

    @EventSourcingHandler
    void on(ItemOpened event, DomainEventMessage<?> message, AttemptChain chain) {
        currentItem = event.itemId();
        chainHead = chain.hashOf(message);
    }

    @EventSourcingHandler
    void on(DeadlineExtended event, DomainEventMessage<?> message, AttemptChain chain) {
        deadline = event.newDeadline();
        chainHead = chain.hashOf(message);
    }

    @EventSourcingHandler
    void on(AttemptHandedIn event, DomainEventMessage<?> message, AttemptChain chain) {
        submittedAt = event.submittedAt();
        chainHead = chain.hashOf(message);
    }

    @EventSourcingHandler
    void on(AttemptNullified event, DomainEventMessage<?> message, AttemptChain chain) {
        voidedAt = event.voidedAt();
        chainHead = chain.hashOf(message);
    }
}
