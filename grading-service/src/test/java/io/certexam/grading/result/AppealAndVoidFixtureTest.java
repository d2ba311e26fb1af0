package io.certexam.grading.result;

import static io.certexam.grading.result.ScorerTest.choiceKey;
import static io.certexam.grading.result.ScorerTest.item;
import static io.certexam.grading.result.ScorerTest.policy;
import static io.certexam.grading.result.ScorerTest.revision;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.problem.RuleViolationException;

/**
 * Appeals and voids on one graded attempt: q1 single choice answered B against key C (0 of 2), q2 true/false
 * right (1 of 1): 1.00 of 3.00, pass mark 2 points — a fail. Upholding q1 with 2 points makes it 3.00, a pass.
 */
class AppealAndVoidFixtureTest {

    static final String ATTEMPT = "attempt-a";
    static final Instant SUBMITTED = Instant.parse("2025-03-01T10:00:00Z");
    static final Duration WINDOW = Duration.ofDays(14);
    static final String ORG = "chain-a/east/store-042";
    static final List<GradableSection> PAPER = List.of(new GradableSection("Part 1", List.of(
            item("q1", "SINGLE_CHOICE", "2", List.of("A", "B", "C")), item("q2", "TRUE_FALSE", "1", null))));

    AggregateTestFixture<AttemptGrading> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AttemptGrading.class);
        fixture.registerInjectableResource(new InMemoryGradingInputs()
                .add(revision("q1", 0, choiceKey("q1", "SINGLE_CHOICE", null, "C")))
                .add(policy("2", null)));
    }

    @Test
    void aCandidateAppealsAnItemOfTheirFinalResult() {
        Instant now = Instant.now();
        fixture.given(graded())
                .when(new FileAppeal(ATTEMPT, "ap-1", "q1", "cand-1", "B is also correct under the 2024 policy", WINDOW, now))
                .expectEvents(new AppealFiled(ATTEMPT, "ap-1", "e1", "q1", "q1", 1, new BigDecimal("0.00"),
                        new BigDecimal("2.00"), "B is also correct under the 2024 policy", now));
    }

    @Test
    void onlyTheOwnerAppealsOneOpenAppealPerItemAndNeverAfterTheWindow() {
        Instant now = Instant.now();
        fixture.given(graded())
                .when(new FileAppeal(ATTEMPT, "ap-1", "q1", "someone-else", "mine", WINDOW, now))
                .expectException(NotFoundException.class);
        fixture.given(graded())
                .when(new FileAppeal(ATTEMPT, "ap-1", "q9", "cand-1", "no such item", WINDOW, now))
                .expectException(NotFoundException.class);
        fixture.given(graded())
                .when(new FileAppeal(ATTEMPT, "ap-1", "q1", "cand-1", " ", WINDOW, now))
                .expectException(InvalidInputException.class);
        fixture.given(with(graded(), filed()))
                .when(new FileAppeal(ATTEMPT, "ap-2", "q1", "cand-1", "again", WINDOW, now))
                .expectNoEvents()
                .expectException(violation("appeal-open"));
        fixture.given(graded())
                .when(new FileAppeal(ATTEMPT, "ap-1", "q1", "cand-1", "late", WINDOW, now.plus(Duration.ofDays(15))))
                .expectNoEvents()
                .expectException(violation("appeal-window-closed"));
    }

    @Test
    void anUpheldAppealIsANewRevisionThatCanTurnAFailIntoAPass() {
        Instant at = Instant.now();
        fixture.given(with(graded(), filed()))
                .when(new DecideAppeal(ATTEMPT, "ap-1", "grader-3", true, new BigDecimal("2"), "policy allows B", true, at))
                .expectEvents(new AppealDecided(ATTEMPT, "ap-1", "q1", true, new BigDecimal("0.00"), new BigDecimal("2"),
                                "policy allows B", "grader-3", true, at),
                        result(2, "appeal upheld: policy allows B", "grader-3", "2.00", "3.00", "100.00", true));
    }

    @Test
    void aRejectedAppealLeavesTheResultAndADecidedAppealIsNotDecidedAgain() {
        Instant at = Instant.now();
        fixture.given(with(graded(), filed()))
                .when(new DecideAppeal(ATTEMPT, "ap-1", "grader-3", false, null, "C is the only correct option", true, at))
                .expectEvents(new AppealDecided(ATTEMPT, "ap-1", "q1", false, new BigDecimal("0.00"),
                        new BigDecimal("0.00"), "C is the only correct option", "grader-3", false, at));
        fixture.given(with(graded(), filed(), new AppealDecided(ATTEMPT, "ap-1", "q1", false, BigDecimal.ZERO,
                        BigDecimal.ZERO, "no", "grader-3", false, at)))
                .when(new DecideAppeal(ATTEMPT, "ap-1", "grader-4", true, BigDecimal.ONE, "yes", false, at))
                .expectException(violation("appeal-decided"));
        fixture.given(with(graded(), filed()))
                .when(new DecideAppeal(ATTEMPT, "ap-1", "grader-3", true, new BigDecimal("2.5"), "too much", false, at))
                .expectNoEvents()
                .expectException(InvalidInputException.class);
    }

    @Test
    void aVoidedGradedAttemptGetsAVoidedRevisionThatDoesNotPass() {
        Instant at = Instant.now();
        List<Object> passed = new ArrayList<>(graded());
        passed.set(2, result(1, "initial grading", "system", "2.00", "3.00", "100.00", true));
        fixture.given(passed)
                .when(new VoidGrading(ATTEMPT, "impersonation", "proctor-1", at))
                .expectEventsMatching(payloads(events -> events.size() == 2
                        && events.get(0).equals(new GradingVoided(ATTEMPT, "impersonation", "proctor-1", at))
                        && events.get(1) instanceof ResultRevisionRecorded voided
                        && voided.revision() == 2 && voided.grade().status() == ResultStatus.VOIDED
                        && !voided.grade().passed() && voided.reason().equals("attempt voided: impersonation")));
    }

    @Test
    void aVoidBeforeTheSubmissionMeansItIsNeverGraded() {
        Instant at = Instant.now();
        fixture.given(new GradingVoided(ATTEMPT, "impersonation", "proctor-1", at),
                        new AttemptRegistered(ATTEMPT, "e1", 1, "cand-1", ORG, SUBMITTED.minusSeconds(600), PAPER))
                .when(new RecordSubmission(ATTEMPT, "e1", 1, "cand-1", ORG, false, SUBMITTED, answers()))
                .expectEvents(new SubmissionRecorded(ATTEMPT, "e1", 1, "cand-1", ORG, false, SUBMITTED, answers()));
        fixture.given(with(graded(), new GradingVoided(ATTEMPT, "x", "proctor-1", at)))
                .when(new VoidGrading(ATTEMPT, "again", "proctor-1", at))
                .expectNoEvents();
    }

    private static Map<String, Answer> answers() {
        return Map.of("q1", new Answer(List.of("B"), null, null), "q2", new Answer(null, true, null));
    }

    private static AppealFiled filed() {
        return new AppealFiled(ATTEMPT, "ap-1", "e1", "q1", "q1", 1, new BigDecimal("0.00"), new BigDecimal("2.00"),
                "B is also correct", Instant.now());
    }

    private static List<Object> graded() {
        return List.of(new AttemptRegistered(ATTEMPT, "e1", 1, "cand-1", ORG, SUBMITTED.minusSeconds(600), PAPER),
                new SubmissionRecorded(ATTEMPT, "e1", 1, "cand-1", ORG, false, SUBMITTED, answers()),
                result(1, "initial grading", "system", "0.00", "1.00", "33.33", false));
    }

    private static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    private static ResultRevisionRecorded result(int revision, String reason, String by, String q1, String total,
                                                 String percent, boolean passed) {
        PaperGrade grade = new PaperGrade(ResultStatus.FINAL, new BigDecimal(total), new BigDecimal("3.00"),
                new BigDecimal(percent), passed, List.of(
                new ItemGrade("q1", "q1", 1, 0, new BigDecimal(q1), new BigDecimal("2.00"), false, null),
                new ItemGrade("q2", "q2", 1, 0, new BigDecimal("1.00"), new BigDecimal("1.00"), false, null)),
                List.of(new SectionGrade("Part 1", new BigDecimal(total), new BigDecimal("3.00"))));
        return new ResultRevisionRecorded(ATTEMPT, revision, reason, by, "e1", 1, "cand-1", ORG, SUBMITTED,
                new BigDecimal("2"), null, grade);
    }

    private static Matcher<Object> violation(String code) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof RuleViolationException rv && rv.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RuleViolationException " + code);
            }
        };
    }

    private static Matcher<List<? super org.axonframework.eventhandling.EventMessage<?>>> payloads(
            java.util.function.Predicate<List<Object>> test) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                List<Object> payloads = ((List<?>) actual).stream()
                        .map(e -> (Object) ((org.axonframework.eventhandling.EventMessage<?>) e).getPayload()).toList();
                return test.test(payloads);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the expected events");
            }
        };
    }
}
