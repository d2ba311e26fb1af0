package io.certexam.bank.exam;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import io.certexam.bank.question.PublishedQuestion;
import io.certexam.bank.question.QuestionStanding;
import io.certexam.platform.problem.RuleViolationException;

/**
 * An exam definition. Publishing freezes, per section, the exact question versions it uses or may draw
 * from, so the published exam never changes when the bank does.
 */
@Aggregate
public class ExamDefinition {

    @AggregateIdentifier
    private String examId;
    private ExamDesign design;
    private int publishedVersion;
    private boolean retired;

    protected ExamDefinition() {
        // for Axon
    }

    @CommandHandler
    public ExamDefinition(CreateExam command) {
        apply(new ExamDefinitionCreated(command.examId(), ExamRules.accepted(command.design()), command.authorId()));
    }

    /** The questions are read from the {@code catalog} now: the published latest version of each is frozen. */
    @CommandHandler
    public int handle(PublishExam command, QuestionCatalog catalog) {
        refuseIfRetired("published");
        if (publishedVersion > 0) {
            throw new RuleViolationException("exam-already-published",
                    "version " + publishedVersion + " of exam " + examId + " is already published");
        }
        Set<String> fixedIds = design.sections().stream().filter(s -> s.draw() == null)
                .flatMap(s -> s.questionIds().stream()).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        Map<QuestionVersionRef, PublishedQuestion> frozen = new LinkedHashMap<>();
        List<FrozenSection> sections = new ArrayList<>();
        for (int i = 0; i < design.sections().size(); i++) {
            SectionDesign section = design.sections().get(i);
            String where = "section " + (i + 1) + " (" + section.title() + ")";
            sections.add(section.draw() == null
                    ? freezeFixed(section, where, catalog, frozen, problems)
                    : freezeDraw(section, where, catalog, fixedIds, frozen, problems));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("exam-not-publishable",
                    "exam " + examId + " cannot be published: " + String.join("; ", problems));
        }
        apply(new ExamDefinitionPublished(examId, publishedVersion + 1, design, sections,
                List.copyOf(frozen.values()), command.authorId()));
        return publishedVersion;
    }

    @CommandHandler
    public int handle(RetireExam command) {
        refuseIfRetired("retired again");
        if (publishedVersion == 0) {
            throw new RuleViolationException("exam-not-published",
                    "exam " + examId + " was never published, so there is nothing to retire");
        }
        apply(new ExamDefinitionRetired(examId, publishedVersion, command.authorId()));
        return publishedVersion;
    }

    private static FrozenSection freezeFixed(SectionDesign section, String where, QuestionCatalog catalog,
                                             Map<QuestionVersionRef, PublishedQuestion> frozen, List<String> problems) {
        List<QuestionVersionRef> refs = new ArrayList<>();
        for (String questionId : section.questionIds()) {
            Optional<QuestionStanding> standing = catalog.standing(questionId);
            if (standing.isEmpty()) {
                problems.add(where + ": question " + questionId + " does not exist");
            } else if (standing.get().retired()) {
                problems.add(where + ": question " + questionId + " is retired");
            } else if (standing.get().latestPublished() == null) {
                problems.add(where + ": question " + questionId + " has no published version (it is a draft)");
            } else {
                refs.add(freeze(standing.get().latestPublished(), frozen));
            }
        }
        return new FrozenSection(section.title(), refs, null, List.of(), section.pointsPerQuestion());
    }

    /** Questions fixed elsewhere in the exam are left out of the pool, so a draw cannot repeat them. */
    private static FrozenSection freezeDraw(SectionDesign section, String where, QuestionCatalog catalog,
                                            Set<String> fixedIds, Map<QuestionVersionRef, PublishedQuestion> frozen,
                                            List<String> problems) {
        DrawCriteria draw = section.draw();
        List<PublishedQuestion> candidates = catalog.publishedMatching(draw).stream()
                .filter(q -> !fixedIds.contains(q.questionId()))
                .toList();
        if (candidates.size() < draw.count()) {
            problems.add(where + ": the draw needs " + draw.count() + " " + draw.describe() + " but only "
                    + candidates.size() + " published ones match");
            return new FrozenSection(section.title(), List.of(), draw, List.of(), section.pointsPerQuestion());
        }
        List<QuestionVersionRef> pool = candidates.stream().map(q -> freeze(q, frozen)).toList();
        return new FrozenSection(section.title(), List.of(), draw, pool, section.pointsPerQuestion());
    }

    private static QuestionVersionRef freeze(PublishedQuestion question,
                                             Map<QuestionVersionRef, PublishedQuestion> frozen) {
        QuestionVersionRef ref = new QuestionVersionRef(question.questionId(), question.version());
        frozen.putIfAbsent(ref, question);
        return ref;
    }

    private void refuseIfRetired(String what) {
        if (retired) {
            throw new RuleViolationException("exam-retired", "exam " + examId + " is retired and cannot be " + what);
        }
    }

    @EventSourcingHandler
    void on(ExamDefinitionCreated event) {
        examId = event.examId();
        design = event.design();
    }

    @EventSourcingHandler
    void on(ExamDefinitionPublished event) {
        publishedVersion = event.version();
    }

    @EventSourcingHandler
    void on(ExamDefinitionRetired event) {
        retired = true;
    }
}
