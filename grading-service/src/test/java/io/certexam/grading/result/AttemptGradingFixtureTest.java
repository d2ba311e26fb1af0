package io.certexam.grading.result;

import static io.certexam.grading.result.ScorerTest.choiceKey;
import static io.certexam.grading.result.ScorerTest.item;
import static io.certexam.grading.result.ScorerTest.policy;
import static io.certexam.grading.result.ScorerTest.ref;
import static io.certexam.grading.result.ScorerTest.revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttemptGradingFixtureTest {

    static final String ATTEMPT = "attempt-1";
    static final Instant STARTED = Instant.parse("2025-03-01T09:00:00Z");
    static final Instant SUBMITTED = Instant.parse("2025-03-01T10:00:00Z");
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
        inputs = new InMemoryGradingInputs();
        fixture.registerInjectableResource(inputs);
    }

    @Test
    void registersTheAttemptWithItsPaper() {
        fixture.givenNoPriorActivity()
                .when(register())
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void aRepeatedRegistrationChangesNothing() {
        fixture.given(registered())
                .when(register())
                .expectNoEvents();
    }

    @Test
    void gradesTheSubmissionWhenKeysAndPassMarkAreKnown() {
        allInputsKnown();

        fixture.given(registered())
                .when(submit())
                .expectEvents(submitted(), expectedResult());
    }

    @Test
    void aSecondSubmissionIsIgnored() {
        allInputsKnown();

        fixture.given(registered(), submitted(), expectedResult())
                .when(submit())
                .expectNoEvents();
    }

    @Test
    void gradingAgainAfterTheResultChangesNothing() {
        allInputsKnown();

        fixture.given(registered(), submitted(), expectedResult())
                .when(new GradeAttempt(ATTEMPT))
                .expectNoEvents();
    }

    @Test
    void withoutItsKeysTheSubmissionWaitsForThem() {
        inputs.add(revision("q1", 0, choiceKey("q1", "SINGLE_CHOICE", null, "B"))).add(policy("4", null));

        fixture.given(registered())
                .when(submit())
                .expectEvents(submitted(), deferred(new MissingInputs(List.of(ref("q2")), false, false)));
    }

    @Test
    void withoutItsPassMarkTheSubmissionWaitsForIt() {
        inputs.add(revision("q1", 0, choiceKey("q1", "SINGLE_CHOICE", null, "B")))
                .add(revision("q2", 0, choiceKey("q2", "MULTIPLE_CHOICE", "PARTIAL_NO_WRONG", "A", "B", "C")));

        fixture.given(registered())
                .when(submit())
                .expectEvents(submitted(), deferred(new MissingInputs(List.of(), true, false)));
    }

    @Test
    void retryingWhileTheSameKeysAreStillMissingRecordsNothing() {
        MissingInputs missing = new MissingInputs(List.of(ref("q1"), ref("q2")), false, false);
        inputs.add(policy("4", null));

        fixture.given(registered(), submitted(), deferred(missing))
                .when(new GradeAttempt(ATTEMPT))
                .expectNoEvents();
    }

    @Test
    void aKeyArrivingWhileOthersAreMissingNarrowsTheWait() {
        inputs.add(revision("q1", 0, choiceKey("q1", "SINGLE_CHOICE", null, "B"))).add(policy("4", null));

        fixture.given(registered(), submitted(), deferred(new MissingInputs(List.of(ref("q1"), ref("q2")), false, false)))
                .when(new GradeAttempt(ATTEMPT))
                .expectEvents(deferred(new MissingInputs(List.of(ref("q2")), false, false)));
    }

    @Test
    void gradesOnceTheMissingKeysHaveArrived() {
        allInputsKnown();

        fixture.given(registered(), submitted(), deferred(new MissingInputs(List.of(ref("q2")), false, false)))
                .when(new GradeAttempt(ATTEMPT))
                .expectEvents(expectedResult());
    }

    @Test
    void aSubmissionBeforeThePaperIsKeptUntilThePaperArrives() {
        allInputsKnown();

        fixture.givenNoPriorActivity()
                .when(submit())
                .expectEvents(submitted(), deferred(new MissingInputs(List.of(), false, true)));
    }

    @Test
    void thePaperArrivingAfterTheSubmissionTriggersGrading() {
        allInputsKnown();

        fixture.given(submitted(), deferred(new MissingInputs(List.of(), false, true)))
                .when(register())
                .expectEvents(registered(), expectedResult());
    }

    @Test
    void gradingUsesTheLatestKeyRevisionAndRecordsIt() {
        allInputsKnown();
        // q2 was corrected before grading: A and C are the right options now, so A + C earns all 3 points
        inputs.add(revision("q2", 1, choiceKey("q2", "MULTIPLE_CHOICE", "PARTIAL_NO_WRONG", "A", "C")));

        fixture.given(registered())
                .when(submit())
                .expectEvents(submitted(), result(
                        new ItemGrade("q2", "q2", 1, 1, new BigDecimal("3.00"), new BigDecimal("3.00"), false, null),
                        "5.00", "100.00"));
    }

    private void allInputsKnown() {
        inputs.add(revision("q1", 0, choiceKey("q1", "SINGLE_CHOICE", null, "B")))
                .add(revision("q2", 0, choiceKey("q2", "MULTIPLE_CHOICE", "PARTIAL_NO_WRONG", "A", "B", "C")))
                .add(policy("4", null));
    }

    private static RegisterAttempt register() {
        return new RegisterAttempt(ATTEMPT, "e1", 1, "cand-1", "chain-a/east/store-042", STARTED, PAPER);
    }

    private static AttemptRegistered registered() {
        return new AttemptRegistered(ATTEMPT, "e1", 1, "cand-1", "chain-a/east/store-042", STARTED, PAPER);
    }

    private static RecordSubmission submit() {
        return new RecordSubmission(ATTEMPT, "e1", 1, "cand-1", "chain-a/east/store-042", false, SUBMITTED, ANSWERS);
    }

    private static SubmissionRecorded submitted() {
        return new SubmissionRecorded(ATTEMPT, "e1", 1, "cand-1", "chain-a/east/store-042", false, SUBMITTED, ANSWERS);
    }

    private static GradingDeferred deferred(MissingInputs missing) {
        return new GradingDeferred(ATTEMPT, "e1", 1, "cand-1", "chain-a/east/store-042", SUBMITTED, missing);
    }

    /** Hand-computed: q1 B = 2.00; q2 A+C of A,B,C under PARTIAL_NO_WRONG = 3 × 2/3 = 2.00; 4.00 of 5.00. */
    private static ResultRevisionRecorded expectedResult() {
        return result(new ItemGrade("q2", "q2", 1, 0, new BigDecimal("2.00"), new BigDecimal("3.00"), false, null),
                "4.00", "80.00");
    }

    /** Revision 1 with q1 right (2.00) and the given q2 grade; the pass mark is 4 points. */
    private static ResultRevisionRecorded result(ItemGrade q2, String score, String percent) {
        PaperGrade grade = new PaperGrade(ResultStatus.FINAL, new BigDecimal(score), new BigDecimal("5.00"),
                new BigDecimal(percent), true,
                List.of(new ItemGrade("q1", "q1", 1, 0, new BigDecimal("2.00"), new BigDecimal("2.00"), false, null), q2),
                List.of(new SectionGrade("Part 1", new BigDecimal(score), new BigDecimal("5.00"))));
        return new ResultRevisionRecorded(ATTEMPT, 1, "initial grading", "system", "e1", 1, "cand-1",
                "chain-a/east/store-042", SUBMITTED, new BigDecimal("4"), null, grade);
    }
}
