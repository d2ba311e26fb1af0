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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A key correction applied to one attempt, by hand: q1 single choice B (2 points, right = 2.00), q2 multiple
 * choice A+C under PARTIAL_NO_WRONG (3 points). Key A,B,C: 3 × 2/3 = 2.00, total 4.00 of 5.00 — below the
 * 4.5 pass mark. Corrected key A,C: 3.00, total 5.00 — a pass.
 */
class RegradeFixtureTest {

    static final String ATTEMPT = "attempt-r";
    static final Instant SUBMITTED = Instant.parse("2025-03-01T10:00:00Z");
    static final String ORG = "chain-a/east/store-042";
    static final List<GradableSection> PAPER = List.of(new GradableSection("Part 1", List.of(
            item("q1", "SINGLE_CHOICE", "2", List.of("A", "B", "C")),
            item("q2", "MULTIPLE_CHOICE", "3", List.of("A", "B", "C", "D")))));
    static final Map<String, Answer> ANSWERS = Map.of(
            "q1", new Answer(List.of("B"), null, null),
            "q2", new Answer(List.of("A", "C"), null, null));

    AggregateTestFixture<AttemptGrading> fixture;
    InMemoryGradingInputs inputs;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AttemptGrading.class);
        inputs = new InMemoryGradingInputs()
                .add(revision("q1", 0, choiceKey("q1", "SINGLE_CHOICE", null, "B")))
                .add(revision("q2", 0, choiceKey("q2", "MULTIPLE_CHOICE", "PARTIAL_NO_WRONG", "A", "B", "C")))
                .add(revision("q2", 1, choiceKey("q2", "MULTIPLE_CHOICE", "PARTIAL_NO_WRONG", "A", "C")))
                .add(policy("4.5", null));
        fixture.registerInjectableResource(inputs);
    }

    @Test
    void aRegradeScoresTheCorrectedQuestionAgainAndRecordsANewRevisionWithItsReason() {
        fixture.given(graded())
                .when(apply("rg-1"))
                .expectEvents(new RegradeApplied(ATTEMPT, "rg-1", "q2", 1, 1, "B is not a return reason", "admin-2", 1,
                                new BigDecimal("4.00"), new BigDecimal("5.00"), false, true),
                        result(2, "answer key corrected: B is not a return reason", "admin-2",
                                new ItemGrade("q2", "q2", 1, 1, new BigDecimal("3.00"), new BigDecimal("3.00"), false, null),
                                "5.00", "100.00", true))
                .expectResultMessagePayload(true);
    }

    @Test
    void applyingTheSameRegradeAgainChangesNothing() {
        List<Object> history = new java.util.ArrayList<>(graded());
        history.add(new RegradeApplied(ATTEMPT, "rg-1", "q2", 1, 1, "B is not a return reason", "admin-2", 1,
                        new BigDecimal("4.00"), new BigDecimal("5.00"), false, true));
        history.add(result(2, "answer key corrected: B is not a return reason", "admin-2",
                new ItemGrade("q2", "q2", 1, 1, new BigDecimal("3.00"), new BigDecimal("3.00"), false, null),
                "5.00", "100.00", true));
        fixture.given(history)
                .when(apply("rg-1"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void anAttemptNotGradedYetNeedsNoRegrade() {
        fixture.given(new AttemptRegistered(ATTEMPT, "e1", 1, "cand-1", ORG, SUBMITTED.minusSeconds(3600), PAPER))
                .when(apply("rg-1"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aManualMarkSurvivesARegradeOfAnotherQuestion() {
        List<GradableSection> withEssay = List.of(new GradableSection("Part 1", List.of(
                item("q1", "SINGLE_CHOICE", "2", List.of("A", "B", "C")),
                item("q2", "MULTIPLE_CHOICE", "3", List.of("A", "B", "C", "D")),
                item("q5", "OPEN_RESPONSE", "4", null))));
        PaperGrade marked = new PaperGrade(ResultStatus.FINAL, new BigDecimal("7.00"), new BigDecimal("9.00"),
                new BigDecimal("77.78"), true, List.of(q1(),
                new ItemGrade("q2", "q2", 1, 0, new BigDecimal("2.00"), new BigDecimal("3.00"), false, null),
                new ItemGrade("q5", "q5", 1, 0, new BigDecimal("3.00"), new BigDecimal("4.00"), false, null)),
                List.of(new SectionGrade("Part 1", new BigDecimal("7.00"), new BigDecimal("9.00"))));
        fixture.given(new AttemptRegistered(ATTEMPT, "e1", 1, "cand-1", ORG, SUBMITTED.minusSeconds(3600), withEssay),
                        new SubmissionRecorded(ATTEMPT, "e1", 1, "cand-1", ORG, false, SUBMITTED, ANSWERS),
                        new ResultRevisionRecorded(ATTEMPT, 2, "manual marking complete", "grader-1", "e1", 1, "cand-1",
                                ORG, SUBMITTED, new BigDecimal("4.5"), null, marked))
                .when(apply("rg-1"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.listWithAnyOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.equalTo(new ResultRevisionRecorded(ATTEMPT, 3,
                                        "answer key corrected: B is not a return reason", "admin-2", "e1", 1, "cand-1",
                                        ORG, SUBMITTED, new BigDecimal("4.5"), null, new PaperGrade(ResultStatus.FINAL,
                                        new BigDecimal("8.00"), new BigDecimal("9.00"), new BigDecimal("88.89"), true,
                                        List.of(q1(), new ItemGrade("q2", "q2", 1, 1, new BigDecimal("3.00"),
                                                        new BigDecimal("3.00"), false, null),
                                                new ItemGrade("q5", "q5", 1, 0, new BigDecimal("3.00"),
                                                        new BigDecimal("4.00"), false, null)),
                                        List.of(new SectionGrade("Part 1", new BigDecimal("8.00"),
                                                new BigDecimal("9.00")))))))));
    }

    private static ApplyRegrade apply(String regradeId) {
        return new ApplyRegrade(ATTEMPT, regradeId, "q2", 1, 1, "B is not a return reason", "admin-2");
    }

    private static List<Object> graded() {
        return List.of(new AttemptRegistered(ATTEMPT, "e1", 1, "cand-1", ORG, SUBMITTED.minusSeconds(3600), PAPER),
                new SubmissionRecorded(ATTEMPT, "e1", 1, "cand-1", ORG, false, SUBMITTED, ANSWERS),
                result(1, "initial grading", "system",
                        new ItemGrade("q2", "q2", 1, 0, new BigDecimal("2.00"), new BigDecimal("3.00"), false, null),
                        "4.00", "80.00", false));
    }

    private static ItemGrade q1() {
        return new ItemGrade("q1", "q1", 1, 0, new BigDecimal("2.00"), new BigDecimal("2.00"), false, null);
    }

    private static ResultRevisionRecorded result(int revision, String reason, String by, ItemGrade q2, String score,
                                                   String percent, boolean passed) {
        PaperGrade grade = new PaperGrade(ResultStatus.FINAL, new BigDecimal(score), new BigDecimal("5.00"),
                new BigDecimal(percent), passed, List.of(q1(), q2),
                List.of(new SectionGrade("Part 1", new BigDecimal(score), new BigDecimal("5.00"))));
        return new ResultRevisionRecorded(ATTEMPT, revision, reason, by, "e1", 1, "cand-1", ORG, SUBMITTED,
                new BigDecimal("4.5"), null, grade);
    }
}
