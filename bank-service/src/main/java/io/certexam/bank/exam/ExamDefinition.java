package io.certexam.bank.exam;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
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
import io.certexam.bank.question.QuestionType;
import io.certexam.platform.problem.RuleViolationException;

/**
 * An exam definition. Publishing freezes, per section, the exact question versions it uses or may draw
 * from, so the published exam never changes when the bank does. Revising a published exam prepares its next
 * version; the published one stays open for attempts until that is published.
 */
@Aggregate
public class ExamDefinition {

    @AggregateIdentifier
    private String examId;
    private ExamDesign design;
    private ExamDesign publishedDesign;
    private int publishedVersion;
    private boolean retired;

    protected ExamDefinition() {
        // for Axon
    }

    @CommandHandler
    public ExamDefinition(CreateExam command) {
        apply(new ExamDefinitionCreated(command.examId(), ExamRules.accepted(command.design()), command.authorId()));
    }

    /** A revision equal to the current design changes nothing. */
    @CommandHandler
    public ExamState handle(ReviseExam command) {
        refuseIfRetired("revised");
        ExamDesign revised = ExamRules.accepted(command.design());
        if (!revised.equals(design)) {
            apply(new ExamDefinitionRevised(examId, revised, command.authorId()));
        }
        return state();
    }

    /** The questions are read from the {@code catalog} now: the published latest version of each is frozen. */
    @CommandHandler
    public int handle(PublishExam command, QuestionCatalog catalog) {
        refuseIfRetired("published");
        if (publishedVersion > 0 && design.equals(publishedDesign)) {
            throw new RuleViolationException("exam-already-published", "version " + publishedVersion + " of exam "
                    + examId + " is already published; revise the exam to prepare a new version");
        }
        Set<String> fixedIds = design.sections().stream().filter(s -> s.draw() == null)
                .flatMap(s -> s.questionIds().stream()).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        Map<QuestionVersionRef, PublishedQuestion> frozen = new LinkedHashMap<>();
        List<FrozenSection> sections = new ArrayList<>();
        List<EarlierDraw> earlierDraws = new ArrayList<>();
        for (int i = 0; i < design.sections().size(); i++) {
            SectionDesign section = design.sections().get(i);
            String where = "section " + (i + 1) + " (" + section.title() + ")";
            sections.add(section.draw() == null
                    ? freezeFixed(section, where, catalog, frozen, problems)
                    : freezeDraw(section, where, catalog, fixedIds, earlierDraws, frozen, problems));
        }
        if (problems.isEmpty() && design.passScore() != null) {
            BigDecimal maximum = paperMaximum(sections, frozen);
            if (maximum != null && design.passScore().compareTo(maximum) > 0) {
                problems.add("the pass score " + design.passScore().toPlainString() + " is more than the "
                        + maximum.toPlainString() + " points every paper of this exam is worth");
            }
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
            } else if (section.pointsPerQuestion() != null
                    && standing.get().latestPublished().type() == QuestionType.SCENARIO) {
                problems.add(where + ": pointsPerQuestion cannot apply to question " + questionId + ", a SCENARIO "
                        + "worth the sum of its children's points; move it to a section without pointsPerQuestion");
            } else {
                refs.add(freeze(standing.get().latestPublished(), frozen));
            }
        }
        return new FrozenSection(section.title(), refs, null, List.of(), section.pointsPerQuestion());
    }

    /**
     * Questions fixed anywhere in the exam are left out of the pool, so a draw cannot repeat them. exam-service
     * draws section by section, never repeating a question already on the paper, so a draw must still find its
     * {@code count} after the draws before it took as many of its pool as they possibly could.
     */
    private static FrozenSection freezeDraw(SectionDesign section, String where, QuestionCatalog catalog,
                                            Set<String> fixedIds, List<EarlierDraw> earlierDraws,
                                            Map<QuestionVersionRef, PublishedQuestion> frozen, List<String> problems) {
        DrawCriteria draw = section.draw();
        List<PublishedQuestion> candidates = catalog.publishedMatching(draw).stream()
                .filter(q -> !fixedIds.contains(q.questionId()))
                .toList();
        Set<String> poolIds = candidates.stream().map(PublishedQuestion::questionId).collect(Collectors.toSet());
        int contested = contested(poolIds, earlierDraws);
        List<String> contenders = earlierDraws.stream().filter(e -> e.overlap(poolIds) > 0).map(EarlierDraw::where)
                .toList();
        earlierDraws.add(new EarlierDraw(where, draw.count(), poolIds));
        if (candidates.size() < draw.count()) {
            problems.add(where + ": the draw needs " + draw.count() + " " + draw.describe() + " but only "
                    + candidates.size() + " published ones match");
            return new FrozenSection(section.title(), List.of(), draw, List.of(), section.pointsPerQuestion());
        }
        if (candidates.size() - contested < draw.count()) {
            problems.add(where + ": the draw needs " + draw.count() + " " + draw.describe() + "; "
                    + candidates.size() + " published ones match, but the draws of " + String.join(", ", contenders)
                    + " before it may take up to " + contested + " of them; widen the pools or lower the counts");
        }
        List<String> scenarios = candidates.stream().filter(q -> q.type() == QuestionType.SCENARIO)
                .map(PublishedQuestion::questionId).toList();
        if (section.pointsPerQuestion() != null && !scenarios.isEmpty()) {
            problems.add(where + ": pointsPerQuestion cannot apply to SCENARIO questions (worth the sum of their "
                    + "children's points), but the pool holds " + String.join(", ", scenarios)
                    + "; give the draw a type or leave pointsPerQuestion out");
        }
        List<QuestionVersionRef> pool = candidates.stream().map(q -> freeze(q, frozen)).toList();
        return new FrozenSection(section.title(), List.of(), draw, pool, section.pointsPerQuestion());
    }

    /**
     * How many questions of {@code pool} the earlier draws may take at most: each takes at most its count from
     * the overlap, and together no more than the overlap holds.
     */
    private static int contested(Set<String> pool, List<EarlierDraw> earlierDraws) {
        int byCounts = 0;
        Set<String> overlapping = new HashSet<>();
        for (EarlierDraw earlier : earlierDraws) {
            byCounts += (int) Math.min(earlier.count(), earlier.overlap(pool));
            earlier.pool().stream().filter(pool::contains).forEach(overlapping::add);
        }
        return Math.min(byCounts, overlapping.size());
    }

    /**
     * What every paper is worth, when that does not depend on the draw: fixed sections, and draws with points per
     * question or a pool whose questions are all worth the same. Null otherwise.
     */
    private static BigDecimal paperMaximum(List<FrozenSection> sections,
                                           Map<QuestionVersionRef, PublishedQuestion> frozen) {
        BigDecimal total = BigDecimal.ZERO;
        for (FrozenSection section : sections) {
            if (section.draw() == null) {
                for (QuestionVersionRef ref : section.questions()) {
                    total = total.add(section.pointsPerQuestion() != null ? section.pointsPerQuestion()
                            : frozen.get(ref).points());
                }
                continue;
            }
            BigDecimal each = section.pointsPerQuestion();
            if (each == null) {
                Set<BigDecimal> distinct = section.pool().stream().map(ref -> frozen.get(ref).points().stripTrailingZeros())
                        .collect(Collectors.toSet());
                if (distinct.size() != 1) {
                    return null;
                }
                each = distinct.iterator().next();
            }
            total = total.add(each.multiply(BigDecimal.valueOf(section.draw().count())));
        }
        return total.stripTrailingZeros();
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

    private ExamState state() {
        return new ExamState(publishedVersion == 0 ? null : publishedVersion,
                publishedVersion == 0 ? ExamStatus.DRAFT : ExamStatus.PUBLISHED,
                publishedVersion > 0 && !design.equals(publishedDesign));
    }

    @EventSourcingHandler
    void on(ExamDefinitionCreated event) {
        examId = event.examId();
        design = event.design();
    }

    @EventSourcingHandler
    void on(ExamDefinitionRevised event) {
        design = event.design();
    }

    @EventSourcingHandler
    void on(ExamDefinitionPublished event) {
        publishedVersion = event.version();
        publishedDesign = event.design();
    }

    @EventSourcingHandler
    void on(ExamDefinitionRetired event) {
        retired = true;
    }

    private record EarlierDraw(String where, int count, Set<String> pool) {

        long overlap(Set<String> other) {
            return pool.stream().filter(other::contains).count();
        }
    }
}
