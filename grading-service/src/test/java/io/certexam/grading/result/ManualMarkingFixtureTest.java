package io.certexam.grading.result;

import static io.certexam.grading.result.ScorerTest.choiceKey;
import static io.certexam.grading.result.ScorerTest.item;
import static io.certexam.grading.result.ScorerTest.policy;
import static io.certexam.grading.result.ScorerTest.revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.RubricCriterion;
import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.problem.RuleViolationException;

/**
 * Manual marking, worked by hand. The paper: q1 single choice (2 points, answered right = 2.00) and q5 an
 * essay worth 6 points on the paper whose rubric is "structure" 2 + "arguments" 4 (6 in all, so no
 * scaling). Pass mark 5 points.
 */
class ManualMarkingFixtureTest {

    static final String ATTEMPT = "attempt-9";
    static final Instant STARTED = Instant.parse("2025-03-01T09:00:00Z");
    static final Instant SUBMITTED = Instant.parse("2025-03-01T10:00:00Z");
    static final Instant MARKED = Instant.parse("2025-03-02T08:00:00Z");
    static final String ORG = "chain-a/east/store-042";
    static final List<GradableSection> PAPER = List.of(new GradableSection("Part 1", List.of(
            item("q1", "SINGLE_CHOICE", "2", List.of("A", "B")),
            item("q5", "OPEN_RESPONSE", "6", null))));
    static final Map<String, Answer> ANSWERS = Map.of(
            "q1", new Answer(List.of("B"), null, null),
            "q5", new Answer(null, null, "先道歉，再核实订单，最后给出补偿方案。"));
    static final AnswerKey ESSAY_KEY = new AnswerKey("q5", "OPEN_RESPONSE", new BigDecimal("6"), null, null, null,
            "道歉、核实、补偿", List.of(new RubricCriterion("structure", new BigDecimal("2")),
            new RubricCriterion("arguments", new BigDecimal("4"))), null);
    static final MarkingTask TASK = new MarkingTask(ATTEMPT + ":q5", "q5", "q5", 1, new BigDecimal("6.00"),
            "先道歉，再核实订单，最后给出补偿方案。");

    AggregateTestFixture<AttemptGrading> fixture;
    InMemoryGradingInputs inputs;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AttemptGrading.class);
        inputs = new InMemoryGradingInputs();
        inputs.add(revision("q1", 0, choiceKey("q1", "SINGLE_CHOICE", null, "B")))
                .add(revision("q5", 0, ESSAY_KEY))
                .add(policy("5", null));
        fixture.registerInjectableResource(inputs);
    }

    @Test
    void anAnsweredOpenResponseIsLeftForAGraderAndATaskIsRequested() {
        fixture.given(registered())
                .when(submit())
                .expectEvents(submitted(), provisional(),
                        new ManualMarkingRequested(ATTEMPT, "e1", 1, List.of(TASK), false, BigDecimal.ZERO));
    }

    @Test
    void anUnansweredOpenResponseNeedsNoGrader() {
        Map<String, Answer> onlyChoice = Map.of("q1", new Answer(List.of("B"), null, null));
        fixture.given(registered())
                .when(new RecordSubmission(ATTEMPT, "e1", 1, "cand-1", ORG, false, SUBMITTED, onlyChoice))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsWithout(ManualMarkingRequested.class));
    }

    @Test
    void aSingleMarkSettlesTheItemAndTheResultBecomesFinal() {
        // 2 + 3 = 5 of 6 on the essay; with q1's 2.00 that is 7.00 of 8.00 = 87.50 %, a pass at 5 points
        fixture.given(history(false))
                .when(mark("grader-1", "2", "3"))
                .expectEvents(marked("grader-1", MarkingStage.SINGLE, "5.00", "2", "3"),
                        new ItemScoreSettled(ATTEMPT, "q5", new BigDecimal("5.00"), "single mark", MARKED),
                        finalResult("5.00", "7.00", "87.50", true, "grader-1"))
                .expectResultMessagePayload(new BigDecimal("5.00"));
    }

    @Test
    void marksMustFitTheRubric() {
        fixture.given(history(false))
                .when(new MarkItem(ATTEMPT, "q5", "grader-1", List.of(new CriterionScore("structure", new BigDecimal("3")),
                        new CriterionScore("style", BigDecimal.ONE)), null, MARKED))
                .expectNoEvents()
                .expectException(invalid("criteria[0].points", "criteria[1].criterion", "criteria"));
    }

    @Test
    void anItemWithoutATaskIsNotFoundAndASettledItemIsNotMarkedAgain() {
        fixture.given(history(false))
                .when(new MarkItem(ATTEMPT, "q1", "grader-1", List.of(new CriterionScore("total", BigDecimal.ONE)),
                        null, MARKED))
                .expectException(NotFoundException.class);
        fixture.given(settledHistory())
                .when(mark("grader-2", "1", "1"))
                .expectNoEvents()
                .expectException(violation("item-already-marked"));
    }

    @Test
    void doubleMarkingWithinToleranceSettlesOnTheMeanRoundedHalfUp() {
        // 5 and 4 differ by 1 ≤ tolerance 1: the mean 4.50 stands; 2.00 + 4.50 = 6.50 of 8.00 = 81.25 %
        fixture.given(with(history(true), marked("grader-1", MarkingStage.FIRST, "5.00", "2", "3")))
                .when(mark("grader-2", "2", "2"))
                .expectEvents(marked("grader-2", MarkingStage.SECOND, "4.00", "2", "2"),
                        new ItemScoreSettled(ATTEMPT, "q5", new BigDecimal("4.50"), "mean of two marks", MARKED),
                        finalResult("4.50", "6.50", "81.25", true, "grader-2"));
    }

    @Test
    void theMeanOfTwoMarksRoundsHalfUpToTheCent() {
        // marks of 4.50 (2.5 + 2) and 4.25 (2 + 2.25): their mean 4.375 rounds half up to 4.38
        fixture.given(with(history(true), marked("grader-1", MarkingStage.FIRST, "4.50", "2.5", "2")))
                .when(new MarkItem(ATTEMPT, "q5", "grader-2", List.of(new CriterionScore("structure", new BigDecimal("2")),
                        new CriterionScore("arguments", new BigDecimal("2.25"))), null, MARKED))
                .expectEventsMatching(payloadsContaining(
                        new ItemScoreSettled(ATTEMPT, "q5", new BigDecimal("4.38"), "mean of two marks", MARKED)));
    }

    @Test
    void marksFurtherApartThanTheToleranceGoToAModeratorWhoseScoreIsFinal() {
        fixture.given(with(history(true), marked("grader-1", MarkingStage.FIRST, "6.00", "2", "4")))
                .when(mark("grader-2", "1", "1"))
                .expectEvents(marked("grader-2", MarkingStage.SECOND, "2.00", "1", "1"),
                        new ModerationRequired(ATTEMPT, "q5", new BigDecimal("6.00"), new BigDecimal("2.00"),
                                BigDecimal.ONE, MARKED));
        fixture.given(with(history(true), marked("grader-1", MarkingStage.FIRST, "6.00", "2", "4"),
                        marked("grader-2", MarkingStage.SECOND, "2.00", "1", "1"),
                        new ModerationRequired(ATTEMPT, "q5", new BigDecimal("6.00"), new BigDecimal("2.00"),
                                BigDecimal.ONE, MARKED)))
                .when(mark("moderator-1", "1", "2"))
                .expectEvents(marked("moderator-1", MarkingStage.MODERATION, "3.00", "1", "2"),
                        new ItemScoreSettled(ATTEMPT, "q5", new BigDecimal("3.00"), "moderated", MARKED),
                        finalResult("3.00", "5.00", "62.50", true, "moderator-1"));
    }

    @Test
    void aGraderMarksAnItemOnlyOnceAndCannotModerateTheirOwnMark() {
        fixture.given(with(history(true), marked("grader-1", MarkingStage.FIRST, "5.00", "2", "3")))
                .when(mark("grader-1", "2", "3"))
                .expectNoEvents()
                .expectException(violation("already-marked-by-you"));
        fixture.given(with(history(true), marked("grader-1", MarkingStage.FIRST, "6.00", "2", "4"),
                        marked("grader-2", MarkingStage.SECOND, "2.00", "1", "1"),
                        new ModerationRequired(ATTEMPT, "q5", new BigDecimal("6.00"), new BigDecimal("2.00"),
                                BigDecimal.ONE, MARKED)))
                .when(mark("grader-2", "1", "1"))
                .expectNoEvents()
                .expectException(violation("already-marked-by-you"));
    }

    @Test
    void anExamThatOverridesTheQuestionsPointsScalesTheRubric() {
        // the paper makes the essay worth 3 points: a rubric sum of 5 of 6 becomes 5 × 3 / 6 = 2.50
        List<GradableSection> halved = List.of(new GradableSection("Part 1", List.of(
                item("q1", "SINGLE_CHOICE", "2", List.of("A", "B")), item("q5", "OPEN_RESPONSE", "3", null))));
        MarkingTask task = new MarkingTask(ATTEMPT + ":q5", "q5", "q5", 1, new BigDecimal("3.00"), TASK.response());
        fixture.given(new AttemptRegistered(ATTEMPT, "e1", 1, "cand-1", ORG, STARTED, halved), submitted(),
                        provisional(), new ManualMarkingRequested(ATTEMPT, "e1", 1, List.of(task), false, BigDecimal.ZERO))
                .when(mark("grader-1", "2", "3"))
                .expectResultMessagePayload(new BigDecimal("2.50"));
    }

    // fixtures

    private List<Object> history(boolean doubleMarking) {
        return List.of(registered(), submitted(), provisional(),
                new ManualMarkingRequested(ATTEMPT, "e1", 1, List.of(TASK), doubleMarking,
                        doubleMarking ? BigDecimal.ONE : BigDecimal.ZERO));
    }

    private static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new java.util.ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    private List<Object> settledHistory() {
        return List.of(registered(), submitted(), provisional(),
                new ManualMarkingRequested(ATTEMPT, "e1", 1, List.of(TASK), false, BigDecimal.ZERO),
                marked("grader-1", MarkingStage.SINGLE, "5.00", "2", "3"),
                new ItemScoreSettled(ATTEMPT, "q5", new BigDecimal("5.00"), "single mark", MARKED),
                finalResult("5.00", "7.00", "87.50", true, "grader-1"));
    }

    private static MarkItem mark(String grader, String structure, String arguments) {
        return new MarkItem(ATTEMPT, "q5", grader, List.of(new CriterionScore("structure", new BigDecimal(structure)),
                new CriterionScore("arguments", new BigDecimal(arguments))), "clear and polite", MARKED);
    }

    private static ItemMarked marked(String grader, MarkingStage stage, String score, String structure,
                                     String arguments) {
        return new ItemMarked(ATTEMPT, "e1", "q5", grader, stage, new BigDecimal(score), new BigDecimal("6.00"),
                List.of(new CriterionScore("structure", new BigDecimal(structure)),
                        new CriterionScore("arguments", new BigDecimal(arguments))),
                "clear and polite", MARKED);
    }

    private static AttemptRegistered registered() {
        return new AttemptRegistered(ATTEMPT, "e1", 1, "cand-1", ORG, STARTED, PAPER);
    }

    private static RecordSubmission submit() {
        return new RecordSubmission(ATTEMPT, "e1", 1, "cand-1", ORG, false, SUBMITTED, ANSWERS);
    }

    private static SubmissionRecorded submitted() {
        return new SubmissionRecorded(ATTEMPT, "e1", 1, "cand-1", ORG, false, SUBMITTED, ANSWERS);
    }

    /** Revision 1: q1 2.00, the essay unscored; 2.00 of 8.00 so far, not passed while marking is open. */
    private static ResultRevisionRecorded provisional() {
        PaperGrade grade = new PaperGrade(ResultStatus.AWAITING_MANUAL_GRADING, new BigDecimal("2.00"),
                new BigDecimal("8.00"), new BigDecimal("25.00"), false,
                List.of(choice(), new ItemGrade("q5", "q5", 1, 0, null, new BigDecimal("6.00"), false, null)),
                List.of(new SectionGrade("Part 1", new BigDecimal("2.00"), new BigDecimal("8.00"))));
        return new ResultRevisionRecorded(ATTEMPT, 1, "initial grading", "system", "e1", 1, "cand-1", ORG, SUBMITTED,
                new BigDecimal("5"), null, grade);
    }

    private static ResultRevisionRecorded finalResult(String essay, String total, String percent, boolean passed,
                                                      String grader) {
        PaperGrade grade = new PaperGrade(ResultStatus.FINAL, new BigDecimal(total), new BigDecimal("8.00"),
                new BigDecimal(percent), passed,
                List.of(choice(), new ItemGrade("q5", "q5", 1, 0, new BigDecimal(essay), new BigDecimal("6.00"), false,
                        null)),
                List.of(new SectionGrade("Part 1", new BigDecimal(total), new BigDecimal("8.00"))));
        return new ResultRevisionRecorded(ATTEMPT, 2, "manual marking complete", grader, "e1", 1, "cand-1", ORG,
                SUBMITTED, new BigDecimal("5"), null, grade);
    }

    private static ItemGrade choice() {
        return new ItemGrade("q1", "q1", 1, 0, new BigDecimal("2.00"), new BigDecimal("2.00"), false, null);
    }

    private static Matcher<Object> violation(String code) {
        return matcher("RuleViolationException " + code,
                e -> e instanceof RuleViolationException rv && rv.code().equals(code));
    }

    private static Matcher<Object> invalid(String... fields) {
        return matcher("InvalidInputException on " + List.of(fields), e -> e instanceof InvalidInputException ii
                && ii.errors().stream().map(p -> p.field()).toList().containsAll(List.of(fields)));
    }

    private static <T> Matcher<T> matcher(String what, java.util.function.Predicate<Object> test) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return test.test(actual);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(what);
            }
        };
    }

    private static Matcher<List<? super org.axonframework.eventhandling.EventMessage<?>>> payloadsWithout(Class<?> type) {
        return matcher("no " + type.getSimpleName(), events -> ((List<?>) events).stream()
                .map(e -> ((org.axonframework.eventhandling.EventMessage<?>) e).getPayload())
                .noneMatch(type::isInstance));
    }

    private static Matcher<List<? super org.axonframework.eventhandling.EventMessage<?>>> payloadsContaining(Object payload) {
        return matcher("an event " + payload, events -> ((List<?>) events).stream()
                .map(e -> ((org.axonframework.eventhandling.EventMessage<?>) e).getPayload())
                .anyMatch(payload::equals));
    }
}
