package io.certexam.grading.result;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
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
        if (answers == null || revision > 0) {
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
        PaperGrade grade = Scorer.gradePaper(sections, keys, answers, policy.get());
        apply(new ResultRevisionRecorded(attemptId, 1, INITIAL_GRADING, SYSTEM, examId, examVersion, candidateId,
                orgPath, submittedAt, policy.get().passScore(), policy.get().passPercent(), grade));
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
    void on(ResultRevisionRecorded event) {
        revision = event.revision();
        waitingFor = null;
    }
}
