package io.certexam.bank.question;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import io.certexam.bank.InputProblems;
import io.certexam.platform.problem.FieldProblem;
import io.certexam.platform.problem.RuleViolationException;

/**
 * A question and its numbered versions. The latest version is either a draft, edited in place, or published
 * and immutable; revising a published question starts the next version as a draft while the published one
 * stays usable. Only the latest published version's key can be corrected.
 */
@Aggregate
public class Question {

    static final int MAX_REASON_LENGTH = 2000;

    @AggregateIdentifier
    private String questionId;
    private int latestVersion;
    private AuthoredQuestion latest;
    private boolean latestIsPublished;
    private Integer publishedVersion;
    private AuthoredQuestion published;
    private int keyRevision;
    private boolean retired;

    protected Question() {
        // for Axon
    }

    @CommandHandler
    public Question(CreateQuestion command) {
        apply(new QuestionCreated(command.questionId(), 1,
                QuestionRules.accepted(command.questionId(), command.question()), command.authorId()));
    }

    @CommandHandler
    public VersionStatus handle(ReviseQuestion command) {
        refuseIfRetired("revised");
        AuthoredQuestion revised = QuestionRules.accepted(questionId, command.question());
        if (!revised.equals(latest)) {
            int version = latestIsPublished ? latestVersion + 1 : latestVersion;
            apply(new QuestionDraftRevised(questionId, version, revised, command.authorId()));
        }
        return status();
    }

    @CommandHandler
    public VersionStatus handle(PublishQuestion command) {
        refuseIfRetired("published");
        if (latestIsPublished) {
            throw new RuleViolationException("question-already-published", "version " + latestVersion
                    + " of question " + questionId + " is already published; revise the question to make a new version");
        }
        apply(new QuestionVersionPublished(questionId, latestVersion, latest, command.authorId()));
        return status();
    }

    /**
     * Allowed on a retired question too: attempts that used its key may still need regrading. The answer is the
     * full new key; for a scenario {@code {"children":[{"id","answer"}]}} with every child, and the children whose
     * key changed are reported.
     */
    @CommandHandler
    public CorrectedKey handle(CorrectAnswerKey command) {
        if (publishedVersion == null) {
            throw new RuleViolationException("question-not-published",
                    "question " + questionId + " has no published version whose key could be corrected");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (command.reason() == null || command.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "is required"));
        } else if (command.reason().length() > MAX_REASON_LENGTH) {
            problems.add(new FieldProblem("reason", "must be at most " + MAX_REASON_LENGTH + " characters"));
        } else if (InputProblems.hasNul(command.reason())) {
            problems.add(new FieldProblem("reason", InputProblems.NUL_MESSAGE));
        }
        List<FieldProblem> keyProblems = QuestionRules.keyProblems(published, command.answer());
        problems.addAll(keyProblems);
        Answer corrected = null;
        if (keyProblems.isEmpty()) {
            corrected = QuestionRules.normalisedKey(published, command.answer());
            if (corrected.equals(published.key())) {
                problems.add(new FieldProblem("answer", "is the current key of version " + publishedVersion));
            }
        }
        if (!problems.isEmpty()) {
            throw InputProblems.rejected("the key correction", problems);
        }
        AuthoredQuestion correctedVersion = published.withKey(corrected);
        List<String> changedChildren = QuestionRules.changedChildren(published, correctedVersion);
        apply(new QuestionKeyCorrected(questionId, publishedVersion, keyRevision + 1, published.key(),
                correctedVersion, command.reason(), command.authorId()));
        return new CorrectedKey(publishedVersion, keyRevision, changedChildren);
    }

    @CommandHandler
    public VersionStatus handle(RetireQuestion command) {
        refuseIfRetired("retired again");
        if (publishedVersion == null) {
            throw new RuleViolationException("question-not-published",
                    "question " + questionId + " was never published, so there is nothing to retire");
        }
        apply(new QuestionWithdrawn(questionId, publishedVersion, command.authorId()));
        return new VersionStatus(publishedVersion, QuestionStatus.RETIRED);
    }

    private void refuseIfRetired(String what) {
        if (retired) {
            throw new RuleViolationException("question-retired",
                    "question " + questionId + " is retired and cannot be " + what);
        }
    }

    private VersionStatus status() {
        return new VersionStatus(latestVersion, latestIsPublished ? QuestionStatus.PUBLISHED : QuestionStatus.DRAFT);
    }

    @EventSourcingHandler
    void on(QuestionCreated event) {
        questionId = event.questionId();
        latestVersion = event.version();
        latest = event.question();
        latestIsPublished = false;
    }

    @EventSourcingHandler
    void on(QuestionDraftRevised event) {
        latestVersion = event.version();
        latest = event.question();
        latestIsPublished = false;
    }

    @EventSourcingHandler
    void on(QuestionVersionPublished event) {
        latestIsPublished = true;
        publishedVersion = event.version();
        published = event.question();
        keyRevision = 0;
    }

    @EventSourcingHandler
    void on(QuestionKeyCorrected event) {
        published = event.question();
        keyRevision = event.keyRevision();
        if (latestIsPublished) {
            latest = published;
        }
    }

    @EventSourcingHandler
    void on(QuestionWithdrawn event) {
        retired = true;
    }
}
