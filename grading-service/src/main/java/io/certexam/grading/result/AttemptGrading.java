package io.certexam.grading.result;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.problem.RuleViolationException;

import io.certexam.contracts.bank.AnswerKey;
import io.certexam.grading.exam.ExamPolicy;
import io.certexam.grading.key.AnswerKeyRevision;
import io.certexam.grading.key.KeyRef;

/**
 * The grading of one attempt (id = attemptId). Its stream records the paper, the final responses, any
 * wait for missing keys and every result revision. Either the paper or the submission may come first:
 * each is recorded once, and grading happens as soon as paper, submission, keys and pass mark are known.
 */
@Aggregate
public class AttemptGrading {

    static final String INITIAL_GRADING = "initial grading";
    static final String SYSTEM = "system";

    @AggregateIdentifier
    private String attemptId;
    private String examId;
    private int examVersion;
    private String candidateId;
    private String orgPath;
    private List<GradableSection> sections;
    private Map<String, Answer> answers;
    private Instant submittedAt;
    private MissingInputs waitingFor;
    private int revision;
    private PaperGrade grade;
    private BigDecimal passScore;
    private BigDecimal passPercent;
    private boolean doubleMarking;
    private BigDecimal tolerance;
    private final Map<String, MarkingTask> tasks = new LinkedHashMap<>();
    private final Map<String, List<ItemMarked>> marks = new LinkedHashMap<>();
    private final Set<String> inModeration = new LinkedHashSet<>();
    private final Map<String, BigDecimal> settled = new LinkedHashMap<>();
    private final Set<String> appliedRegrades = new LinkedHashSet<>();
    private Instant finalAt;
    private boolean voided;
    private final Map<String, AppealFiled> openAppeals = new LinkedHashMap<>();
    private final Set<String> decidedAppeals = new LinkedHashSet<>();

    protected AttemptGrading() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterAttempt command, GradingInputs inputs) {
        if (sections != null) {
            return;
        }
        apply(new AttemptRegistered(command.attemptId(), command.examId(), command.examVersion(),
                command.candidateId(), command.orgPath(), command.startedAt(), command.sections()));
        gradeIfReady(inputs);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSubmission command, GradingInputs inputs) {
        if (answers != null) {
            return;
        }
        apply(new SubmissionRecorded(command.attemptId(), command.examId(), command.examVersion(),
                command.candidateId(), command.orgPath(), command.auto(), command.submittedAt(), command.answers()));
        gradeIfReady(inputs);
    }

    @CommandHandler
    void handle(GradeAttempt command, GradingInputs inputs) {
        gradeIfReady(inputs);
    }

    private void gradeIfReady(GradingInputs inputs) {
        if (answers == null || revision > 0 || voided) {
            return;
        }
        if (sections == null) {
            deferUntil(new MissingInputs(List.of(), false, true));
            return;
        }
        Set<KeyRef> needed = keyRefs();
        Map<KeyRef, AnswerKeyRevision> keys = inputs.latestKeys(needed);
        Optional<ExamPolicy> policy = inputs.examPolicy(examId, examVersion);
        List<KeyRef> missingKeys = needed.stream().filter(ref -> !keys.containsKey(ref)).toList();
        if (!missingKeys.isEmpty() || policy.isEmpty()) {
            deferUntil(new MissingInputs(missingKeys, policy.isEmpty(), false));
            return;
        }
        PaperGrade scored = Scorer.gradePaper(sections, keys, answers, policy.get());
        apply(new ResultRevisionRecorded(attemptId, 1, INITIAL_GRADING, SYSTEM, examId, examVersion, candidateId,
                orgPath, submittedAt, policy.get().passScore(), policy.get().passPercent(), scored));
        List<MarkingTask> manual = new ArrayList<>();
        collectUnscored(scored.items(), manual);
        if (!manual.isEmpty()) {
            MarkingPolicy marking = inputs.markingPolicy(examId);
            apply(new ManualMarkingRequested(attemptId, examId, examVersion, manual, marking.doubleMarking(),
                    marking.tolerance()));
        }
    }

    private void collectUnscored(List<ItemGrade> items, List<MarkingTask> into) {
        for (ItemGrade item : items) {
            if (item.children() != null && !item.children().isEmpty()) {
                collectUnscored(item.children(), into);
            } else if (item.score() == null && !item.omitted()) {
                Answer answer = answers.get(item.itemId());
                into.add(new MarkingTask(MarkingTask.idOf(attemptId, item.itemId()), item.itemId(), item.questionId(),
                        item.questionVersion(), item.maxScore(), answer == null ? null : answer.text()));
            }
        }
    }

    /**
     * A grader's mark. Single marking settles the item at once. Double marking takes two marks from two
     * different graders: within the tolerance the item gets their mean, rounded half up to the cent;
     * beyond it a third grader moderates, and that score is final. When the last item settles, the result
     * becomes FINAL as a new revision.
     */
    @CommandHandler
    BigDecimal handle(MarkItem command, GradingInputs inputs) {
        requireNotVoided();
        MarkingTask task = tasks.get(command.itemId());
        if (task == null) {
            throw new NotFoundException("grading task", MarkingTask.idOf(command.attemptId(), command.itemId()));
        }
        if (settled.containsKey(command.itemId())) {
            throw new RuleViolationException("item-already-marked", "this item's score is settled");
        }
        List<ItemMarked> earlier = marks.getOrDefault(command.itemId(), List.of());
        if (earlier.stream().anyMatch(mark -> mark.graderId().equals(command.graderId()))) {
            throw new RuleViolationException("already-marked-by-you",
                    "you marked this item already; " + (inModeration.contains(command.itemId())
                            ? "a moderator other than its two graders decides" : "a second grader marks it"));
        }
        BigDecimal score = RubricScore.of(keyOf(task, inputs), task.maxScore(), command.criteria());
        MarkingStage stage = !doubleMarking ? MarkingStage.SINGLE
                : inModeration.contains(command.itemId()) ? MarkingStage.MODERATION
                : earlier.isEmpty() ? MarkingStage.FIRST : MarkingStage.SECOND;
        apply(new ItemMarked(attemptId, examId, command.itemId(), command.graderId(), stage, score, task.maxScore(),
                command.criteria(), command.comment(), command.requestedAt()));
        switch (stage) {
            case SINGLE -> settle(command.itemId(), score, "single mark", command);
            case MODERATION -> settle(command.itemId(), score, "moderated", command);
            case SECOND -> {
                BigDecimal first = earlier.get(0).score();
                if (first.subtract(score).abs().compareTo(tolerance) > 0) {
                    apply(new ModerationRequired(attemptId, command.itemId(), first, score, tolerance,
                            command.requestedAt()));
                } else {
                    BigDecimal mean = first.add(score).divide(BigDecimal.valueOf(2), Scorer.SCALE, RoundingMode.HALF_UP);
                    settle(command.itemId(), mean, "mean of two marks", command);
                }
            }
            default -> {
                // the first of two marks: the item waits for the second
            }
        }
        return score;
    }

    /**
     * Scores the attempt again under the regrade's key. Applying the same regrade twice — a retry, a resumed
     * batch after a crash — changes nothing the second time. An attempt not graded yet needs nothing: its
     * grading will use the newest key anyway.
     *
     * @return whether this call created a new revision
     */
    @CommandHandler
    boolean handle(ApplyRegrade command, GradingInputs inputs) {
        if (revision == 0 || voided || appliedRegrades.contains(command.regradeId())) {
            return false;
        }
        KeyRef ref = new KeyRef(command.questionId(), command.questionVersion());
        AnswerKeyRevision key = inputs.key(ref, command.keyRevision()).orElseThrow(() -> new IllegalStateException(
                "regrade " + command.regradeId() + " names key revision " + command.keyRevision() + " of " + ref
                        + ", which grading does not hold"));
        if (!Regrade.concerns(sections, key)) {
            return false;
        }
        PaperGrade regraded = Regrade.rescore(grade, sections, answers, key, policy());
        apply(new RegradeApplied(attemptId, command.regradeId(), command.questionId(), command.questionVersion(),
                command.keyRevision(), command.reason(), command.appliedBy(), revision, grade.score(),
                regraded.score(), grade.passed(), regraded.passed()));
        apply(new ResultRevisionRecorded(attemptId, revision + 1, "answer key corrected: " + command.reason(),
                command.appliedBy(), examId, examVersion, candidateId, orgPath, submittedAt, passScore, passPercent,
                regraded));
        return true;
    }

    /**
     * A voided attempt has no valid result: a graded one gets a VOIDED revision (its scores kept for the
     * record, not passed), one not graded yet is never graded. Voiding twice changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(VoidGrading command) {
        if (voided) {
            return;
        }
        apply(new GradingVoided(command.attemptId(), command.reason(), command.voidedBy(), command.voidedAt()));
        if (revision > 0) {
            PaperGrade annulled = new PaperGrade(ResultStatus.VOIDED, grade.score(), grade.maxScore(), grade.percent(),
                    false, grade.items(), grade.sections());
            apply(new ResultRevisionRecorded(attemptId, revision + 1, "attempt voided: " + command.reason(),
                    command.voidedBy(), examId, examVersion, candidateId, orgPath, submittedAt, passScore,
                    passPercent, annulled));
        }
    }

    /**
     * A candidate contests one item of their FINAL result, within the appeal window after it became FINAL;
     * one open appeal per item at a time. Someone else's attempt is "not found".
     */
    @CommandHandler
    void handle(FileAppeal command) {
        if (candidateId == null || !candidateId.equals(command.candidateId()) || revision == 0) {
            throw new NotFoundException("result", command.attemptId());
        }
        requireNotVoided();
        if (grade.status() != ResultStatus.FINAL) {
            throw new RuleViolationException("result-not-final", "appeals are possible once the result is FINAL");
        }
        if (finalAt != null && command.requestedAt().isAfter(finalAt.plus(command.window()))) {
            throw new RuleViolationException("appeal-window-closed", "appeals were possible until "
                    + finalAt.plus(command.window()));
        }
        ItemGrade item = ScoreOverride.find(grade.items(), command.itemId())
                .filter(found -> found.children() == null || found.children().isEmpty())
                .orElseThrow(() -> new NotFoundException("item", command.itemId()));
        if (openAppeals.values().stream().anyMatch(appeal -> appeal.itemId().equals(command.itemId()))) {
            throw new RuleViolationException("appeal-open", "an appeal on this item is being decided");
        }
        if (command.reason() == null || command.reason().isBlank() || command.reason().length() > 2000) {
            throw new io.certexam.platform.problem.InvalidInputException("reason", "a reason of at most 2000 characters is required");
        }
        apply(new AppealFiled(attemptId, command.appealId(), examId, item.itemId(), item.questionId(),
                item.questionVersion(), item.score(), item.maxScore(), command.reason().strip(),
                command.requestedAt()));
    }

    /** Upheld with a new score: a new revision. Rejected: the result stays. Either way with a reason. */
    @CommandHandler
    void handle(DecideAppeal command) {
        AppealFiled appeal = openAppeals.get(command.appealId());
        if (appeal == null) {
            if (decidedAppeals.contains(command.appealId())) {
                throw new RuleViolationException("appeal-decided", "this appeal has been decided");
            }
            throw new NotFoundException("appeal", command.appealId());
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new io.certexam.platform.problem.InvalidInputException("reason", "a reason is required");
        }
        BigDecimal newScore = command.upheld() ? command.newScore() : appeal.currentScore();
        if (command.upheld() && (newScore == null || newScore.signum() < 0
                || newScore.compareTo(appeal.maxScore()) > 0)) {
            throw new io.certexam.platform.problem.InvalidInputException("newScore",
                    "an upheld appeal needs the item's new score, between 0 and " + appeal.maxScore().toPlainString());
        }
        apply(new AppealDecided(attemptId, appeal.appealId(), appeal.itemId(), command.upheld(), appeal.currentScore(),
                newScore, command.reason().strip(), command.graderId(), command.upheld() && command.suggestKeyCorrection(),
                command.requestedAt()));
        if (command.upheld()) {
            PaperGrade revised = ScoreOverride.apply(grade, appeal.itemId(), newScore, sections, policy());
            apply(new ResultRevisionRecorded(attemptId, revision + 1, "appeal upheld: " + command.reason().strip(),
                    command.graderId(), examId, examVersion, candidateId, orgPath, submittedAt, passScore,
                    passPercent, revised));
        }
    }

    private void requireNotVoided() {
        if (voided) {
            throw new RuleViolationException("attempt-voided", "the attempt was voided");
        }
    }

    private void settle(String itemId, BigDecimal score, String rule, MarkItem command) {
        apply(new ItemScoreSettled(attemptId, itemId, score, rule, command.requestedAt()));
        if (settled.keySet().containsAll(tasks.keySet())) {
            PaperGrade marked = ManualScores.apply(grade, settled, sections, policy());
            apply(new ResultRevisionRecorded(attemptId, revision + 1, "manual marking complete", command.graderId(),
                    examId, examVersion, candidateId, orgPath, submittedAt, passScore, passPercent, marked));
        }
    }

    private ExamPolicy policy() {
        return new ExamPolicy(examId, examVersion, null, passScore, passPercent);
    }

    /** The item's key for its rubric: the question's latest key, or the scenario child's inside it. */
    private static AnswerKey keyOf(MarkingTask task, GradingInputs inputs) {
        KeyRef ref = new KeyRef(task.questionId(), task.questionVersion());
        AnswerKeyRevision revision = inputs.latestKeys(Set.of(ref)).get(ref);
        if (revision == null) {
            return null;
        }
        AnswerKey key = revision.key();
        if (task.itemId().equals(task.questionId()) || key.children() == null) {
            return key;
        }
        return key.children().stream().filter(child -> task.itemId().equals(child.itemId())).findFirst().orElse(null);
    }

    private void deferUntil(MissingInputs missing) {
        if (!missing.equals(waitingFor)) {
            apply(new GradingDeferred(attemptId, examId, examVersion, candidateId, orgPath, submittedAt, missing));
        }
    }

    private Set<KeyRef> keyRefs() {
        Set<KeyRef> refs = new LinkedHashSet<>();
        sections.forEach(section -> section.items().forEach(item -> refs.add(item.keyRef())));
        return refs;
    }

    @EventSourcingHandler
    void on(AttemptRegistered event) {
        attemptId = event.attemptId();
        examId = event.examId();
        examVersion = event.examVersion();
        candidateId = event.candidateId();
        orgPath = event.orgPath();
        sections = event.sections();
    }

    @EventSourcingHandler
    void on(SubmissionRecorded event) {
        attemptId = event.attemptId();
        examId = event.examId();
        examVersion = event.examVersion();
        candidateId = event.candidateId();
        orgPath = event.orgPath();
        answers = event.answers();
        submittedAt = event.submittedAt();
    }

    @EventSourcingHandler
    void on(GradingDeferred event) {
        waitingFor = event.missing();
    }

    @EventSourcingHandler
    void on(GradingVoided event) {
        attemptId = event.attemptId();
        voided = true;
    }

    @EventSourcingHandler
    void on(AppealFiled event) {
        openAppeals.put(event.appealId(), event);
    }

    @EventSourcingHandler
    void on(AppealDecided event) {
        openAppeals.remove(event.appealId());
        decidedAppeals.add(event.appealId());
    }

    @EventSourcingHandler
    void on(ResultRevisionRecorded event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        if (event.grade().status() == ResultStatus.FINAL && (grade == null || grade.status() != ResultStatus.FINAL)) {
            finalAt = recordedAt;
        }
        revision = event.revision();
        waitingFor = null;
        grade = event.grade();
        passScore = event.passScore();
        passPercent = event.passPercent();
    }

    @EventSourcingHandler
    void on(RegradeApplied event) {
        appliedRegrades.add(event.regradeId());
    }

    @EventSourcingHandler
    void on(ManualMarkingRequested event) {
        event.tasks().forEach(task -> tasks.put(task.itemId(), task));
        doubleMarking = event.doubleMarking();
        tolerance = event.tolerance();
    }

    @EventSourcingHandler
    void on(ItemMarked event) {
        marks.computeIfAbsent(event.itemId(), item -> new ArrayList<>()).add(event);
    }

    @EventSourcingHandler
    void on(ModerationRequired event) {
        inModeration.add(event.itemId());
    }

    @EventSourcingHandler
    void on(ItemScoreSettled event) {
        settled.put(event.itemId(), event.score());
        inModeration.remove(event.itemId());
    }
}
