package io.certexam.exam.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.axonframework.serialization.json.JacksonSerializer;

import io.certexam.exam.SampleExams;
import io.certexam.exam.audit.AttemptChain;
import io.certexam.exam.paper.DrawnPaper;
import io.certexam.exam.paper.PaperBuilder;
import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.problem.RuleViolationException;

class ExamAttemptFixtureTest {

    private static final String ATTEMPT = "attempt-1";
    private static final String CANDIDATE = "cand-1";
    private static final String ORG = "chain-a/east/store-042";
    private static final long SEED = 42;
    private static final DrawnPaper PAPER = PaperBuilder.build(SampleExams.exam("exam-1", 3), SEED);
    private static final Instant START = Instant.parse("2025-06-01T09:00:00Z");
    private static final Instant DEADLINE = START.plus(Duration.ofMinutes(60));
    private static final int GRACE_SECONDS = 10;
    private static final ExamTerms TERMS = new ExamTerms(60, 2, null, START.minusSeconds(3600), START.plusSeconds(3600));

    private FixtureConfiguration<ExamAttempt> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ExamAttempt.class);
        fixture.registerInjectableResource(new AttemptChain(JacksonSerializer.defaultSerializer()));
    }

    // start

    @Test
    void startRecordsThePaperItsSeedAndADeadlineOfStartPlusTheTimeLimit() {
        fixture.givenNoPriorActivity()
                .when(start(1, TERMS, START))
                .expectEvents(begun());
    }

    @Test
    void startBeforeTheExamOpensIsRefused() {
        fixture.givenNoPriorActivity()
                .when(start(1, new ExamTerms(60, null, null, START.plusSeconds(1), null), START))
                .expectNoEvents()
                .expectException(violation("exam-not-available"));
    }

    @Test
    void startAfterTheExamClosedIsRefused() {
        fixture.givenNoPriorActivity()
                .when(start(1, new ExamTerms(60, null, null, null, START.minusSeconds(1)), START))
                .expectNoEvents()
                .expectException(violation("exam-not-available"));
    }

    @Test
    void startBeyondMaxAttemptsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(start(3, TERMS, START))
                .expectNoEvents()
                .expectException(violation("max-attempts-reached"));
    }

    @Test
    void theLastAllowedAttemptMayStart() {
        fixture.givenNoPriorActivity()
                .when(start(2, TERMS, START))
                .expectSuccessfulHandlerExecution();
    }

    // save

    @Test
    void aSaveIsRecordedAndAcknowledged() {
        Instant at = START.plusSeconds(30);
        fixture.given(begun())
                .when(save(SampleExams.SINGLE, choice("B"), 1, at))
                .expectEvents(new ResponseRecorded(ATTEMPT, CANDIDATE, SampleExams.SINGLE, choice("B"), 1, at, false))
                .expectResultMessagePayload(new SaveAck(1, at));
    }

    @Test
    void theSameClientSeqAgainReturnsTheStoredSaveWithoutANewEvent() {
        Instant first = START.plusSeconds(30);
        fixture.given(begun(), recorded(SampleExams.SINGLE, choice("B"), 4, first))
                .when(save(SampleExams.SINGLE, choice("C"), 4, START.plusSeconds(40)))
                .expectNoEvents()
                .expectResultMessagePayload(new SaveAck(4, first));
    }

    @Test
    void anOlderClientSeqIsAcknowledgedWithTheStoredOneAndIgnored() {
        Instant stored = START.plusSeconds(30);
        fixture.given(begun(), recorded(SampleExams.SINGLE, choice("B"), 5, stored))
                .when(save(SampleExams.SINGLE, choice("A"), 3, START.plusSeconds(40)))
                .expectNoEvents()
                .expectResultMessagePayload(new SaveAck(5, stored));
    }

    @Test
    void aNewerClientSeqReplacesTheAnswer() {
        Instant later = START.plusSeconds(50);
        fixture.given(begun(), recorded(SampleExams.SINGLE, choice("B"), 5, START.plusSeconds(30)))
                .when(save(SampleExams.SINGLE, choice("A"), 6, later))
                .expectEvents(new ResponseRecorded(ATTEMPT, CANDIDATE, SampleExams.SINGLE, choice("A"), 6, later, false));
    }

    @Test
    void clientSeqsAreCountedPerItem() {
        Instant at = START.plusSeconds(50);
        fixture.given(begun(), recorded(SampleExams.SINGLE, choice("B"), 9, START.plusSeconds(30)))
                .when(save(SampleExams.MULTI, choice("A", "C"), 1, at))
                .expectEvents(new ResponseRecorded(ATTEMPT, CANDIDATE, SampleExams.MULTI, choice("A", "C"), 1, at, false));
    }

    @Test
    void everyResponseKindIsAcceptedOnItsItemType() {
        Instant at = START.plusSeconds(60);
        fixture.given(begun())
                .when(save(SampleExams.TRUE_FALSE, new Answer(null, true, null), 1, at))
                .expectSuccessfulHandlerExecution();
        fixture.given(begun())
                .when(save(SampleExams.OPEN, new Answer(null, null, "credit for a later purchase"), 1, at))
                .expectSuccessfulHandlerExecution();
        fixture.given(begun())
                .when(save(SampleExams.SCENARIO_CHOICE, choice("Y"), 1, at))
                .expectSuccessfulHandlerExecution();
        fixture.given(begun())
                .when(save(SampleExams.SINGLE, choice(), 1, at))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anUnknownItemIsNotFound() {
        fixture.given(begun())
                .when(save("no-such-item", choice("A"), 1, START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void anOptionNotInTheQuestionIsInvalid() {
        fixture.given(begun())
                .when(save(SampleExams.SINGLE, choice("Q"), 1, START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(invalid("response.optionIds"));
    }

    @Test
    void twoOptionsOnASingleChoiceItemAreInvalid() {
        fixture.given(begun())
                .when(save(SampleExams.SINGLE, choice("A", "B"), 1, START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(invalid("response.optionIds"));
    }

    @Test
    void theSameOptionTwiceIsInvalid() {
        fixture.given(begun())
                .when(save(SampleExams.MULTI, choice("A", "A"), 1, START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(invalid("response.optionIds"));
    }

    @Test
    void theWrongResponseKindIsInvalid() {
        fixture.given(begun())
                .when(save(SampleExams.TRUE_FALSE, choice("A"), 1, START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(invalid("response.value"));
        fixture.given(begun())
                .when(save(SampleExams.SINGLE, new Answer(null, null, "B"), 1, START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(invalid("response.optionIds"));
        fixture.given(begun())
                .when(save(SampleExams.OPEN, new Answer(null, true, null), 1, START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(invalid("response.text"));
    }

    @Test
    void aScenarioTakesNoResponseOfItsOwn() {
        fixture.given(begun())
                .when(save(SampleExams.SCENARIO, new Answer(null, null, "text"), 1, START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(invalid("itemId"));
    }

    @Test
    void textLongerThanTheItemAllowsIsInvalid() {
        fixture.given(begun())
                .when(save(SampleExams.OPEN, new Answer(null, null, "x".repeat(SampleExams.OPEN_MAX_LENGTH + 1)), 1,
                        START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(invalid("response.text"));
    }

    @Test
    void textWithANulCharacterIsInvalid() {
        fixture.given(begun())
                .when(save(SampleExams.OPEN, new Answer(null, null, "退货\u0000流程"), 1, START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(invalid("response.text"));
    }

    @Test
    void anotherCandidatesSaveIsNotFound() {
        fixture.given(begun())
                .when(new SaveResponse(ATTEMPT, "someone-else", SampleExams.SINGLE, choice("A"), 1, START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void aSaveAtTheDeadlineIsAccepted() {
        fixture.given(begun())
                .when(save(SampleExams.SINGLE, choice("A"), 1, DEADLINE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ResponseRecorded(ATTEMPT, CANDIDATE, SampleExams.SINGLE, choice("A"), 1, DEADLINE, false));
    }

    @Test
    void aSaveInTheGraceAfterTheDeadlineIsAcceptedAndMarked() {
        Instant late = DEADLINE.plusSeconds(GRACE_SECONDS);
        fixture.given(begun())
                .when(save(SampleExams.SINGLE, choice("A"), 1, late))
                .expectEvents(new ResponseRecorded(ATTEMPT, CANDIDATE, SampleExams.SINGLE, choice("A"), 1, late, true));
    }

    @Test
    void aSaveAfterTheDeadlineAndItsGraceIsRefused() {
        fixture.given(begun())
                .when(save(SampleExams.SINGLE, choice("A"), 1, DEADLINE.plusSeconds(GRACE_SECONDS).plusMillis(1)))
                .expectNoEvents()
                .expectException(violation("deadline-passed"));
    }

    @Test
    void anExtensionMovesTheDeadlineForSaves() {
        Instant afterOldDeadline = DEADLINE.plusSeconds(120);
        fixture.given(begun(), extended(5))
                .when(save(SampleExams.SINGLE, choice("A"), 1, afterOldDeadline))
                .expectEvents(recorded(SampleExams.SINGLE, choice("A"), 1, afterOldDeadline));
    }

    @Test
    void aSaveAfterSubmitIsRefused() {
        fixture.given(begun(), handedIn(START.plusSeconds(100), List.of()))
                .when(save(SampleExams.SINGLE, choice("A"), 1, START.plusSeconds(120)))
                .expectNoEvents()
                .expectException(violation("attempt-closed"));
    }

    @Test
    void aRetriedSaveThatWasStoredBeforeSubmitStillGetsItsAcknowledgement() {
        Instant saved = START.plusSeconds(30);
        fixture.given(begun(), recorded(SampleExams.SINGLE, choice("B"), 2, saved),
                        handedIn(START.plusSeconds(100), List.of(new FinalAnswer(SampleExams.SINGLE, choice("B")))))
                .when(save(SampleExams.SINGLE, choice("B"), 2, START.plusSeconds(120)))
                .expectNoEvents()
                .expectResultMessagePayload(new SaveAck(2, saved));
    }

    // submit

    @Test
    void submitClosesTheAttemptWithTheLatestAnswerPerItemInPaperOrder() {
        Instant at = START.plusSeconds(600);
        List<FinalAnswer> expected = PAPER.flattened()
                .filter(item -> item.itemId().equals(SampleExams.SINGLE) || item.itemId().equals(SampleExams.OPEN))
                .map(item -> item.itemId().equals(SampleExams.SINGLE)
                        ? new FinalAnswer(SampleExams.SINGLE, choice("C"))
                        : new FinalAnswer(SampleExams.OPEN, new Answer(null, null, "final")))
                .toList();
        fixture.given(begun(),
                        recorded(SampleExams.SINGLE, choice("A"), 1, START.plusSeconds(10)),
                        recorded(SampleExams.OPEN, new Answer(null, null, "draft"), 1, START.plusSeconds(20)),
                        recorded(SampleExams.SINGLE, choice("C"), 2, START.plusSeconds(30)),
                        recorded(SampleExams.OPEN, new Answer(null, null, "final"), 2, START.plusSeconds(40)))
                .when(new SubmitAttempt(ATTEMPT, CANDIDATE, at))
                .expectEvents(handedIn(at, expected))
                .expectResultMessagePayload(new Submission("SUBMITTED", at));
    }

    @Test
    void aSecondSubmitReturnsTheFirstWithoutANewEvent() {
        Instant first = START.plusSeconds(600);
        fixture.given(begun(), handedIn(first, List.of()))
                .when(new SubmitAttempt(ATTEMPT, CANDIDATE, START.plusSeconds(700)))
                .expectNoEvents()
                .expectResultMessagePayload(new Submission("SUBMITTED", first));
    }

    @Test
    void aSubmitAfterTheDeadlineClosesTheAttemptAtTheDeadline() {
        fixture.given(begun())
                .when(new SubmitAttempt(ATTEMPT, CANDIDATE, DEADLINE.plusSeconds(300)))
                .expectEvents(handedIn(DEADLINE, List.of()))
                .expectResultMessagePayload(new Submission("SUBMITTED", DEADLINE));
    }

    @Test
    void anotherCandidatesSubmitIsNotFound() {
        fixture.given(begun())
                .when(new SubmitAttempt(ATTEMPT, "someone-else", START.plusSeconds(1)))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    // start: time and waiting

    @Test
    void anAccommodationIsAddedToTheDeadline() {
        StartAttempt command = new StartAttempt(ATTEMPT, "exam-1", 3, CANDIDATE, ORG, 1, null, TERMS, 15, GRACE_SECONDS,
                SEED, PAPER, START);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(new AttemptBegun(ATTEMPT, "exam-1", 3, CANDIDATE, ORG, 1, SEED, PAPER, START,
                        DEADLINE.plus(Duration.ofMinutes(15)), 15, GRACE_SECONDS));
    }

    @Test
    void aNewAttemptBeforeTheMinimumWaitIsRefused() {
        ExamTerms terms = new ExamTerms(60, null, 30, null, null);
        fixture.givenNoPriorActivity()
                .when(new StartAttempt(ATTEMPT, "exam-1", 3, CANDIDATE, ORG, 2, START.minus(Duration.ofMinutes(29)),
                        terms, 0, GRACE_SECONDS, SEED, PAPER, START))
                .expectNoEvents()
                .expectException(violation("attempt-wait-required"));
    }

    @Test
    void aNewAttemptAfterTheMinimumWaitStarts() {
        ExamTerms terms = new ExamTerms(60, null, 30, null, null);
        fixture.givenNoPriorActivity()
                .when(new StartAttempt(ATTEMPT, "exam-1", 3, CANDIDATE, ORG, 2, START.minus(Duration.ofMinutes(30)),
                        terms, 0, GRACE_SECONDS, SEED, PAPER, START))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AttemptBegun(ATTEMPT, "exam-1", 3, CANDIDATE, ORG, 2, SEED, PAPER, START, DEADLINE, 0,
                        GRACE_SECONDS));
    }

    // automatic submission at the deadline

    @Test
    void theSchedulerClosesAnOpenAttemptAtItsDeadlineOnceTheGraceHasPassed() {
        fixture.given(begun(), recorded(SampleExams.SINGLE, choice("B"), 1, START.plusSeconds(5)))
                .when(new SubmitAtDeadline(ATTEMPT, DEADLINE.plusSeconds(GRACE_SECONDS + 1)))
                .expectEvents(new AttemptHandedIn(ATTEMPT, "exam-1", 3, CANDIDATE, ORG, START, DEADLINE, true,
                        List.of(new FinalAnswer(SampleExams.SINGLE, choice("B")))))
                .expectResultMessagePayload(true);
    }

    @Test
    void theSchedulerWithinTheGraceDoesNothing() {
        fixture.given(begun())
                .when(new SubmitAtDeadline(ATTEMPT, DEADLINE.plusSeconds(GRACE_SECONDS)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void theSchedulerBeforeAnExtendedDeadlineDoesNothing() {
        fixture.given(begun(), extended(10))
                .when(new SubmitAtDeadline(ATTEMPT, DEADLINE.plusSeconds(120)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void theSchedulerLeavesSubmittedAndVoidedAttemptsAlone() {
        fixture.given(begun(), handedIn(START.plusSeconds(60), List.of()))
                .when(new SubmitAtDeadline(ATTEMPT, DEADLINE.plusSeconds(3600)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
        fixture.given(begun(), voided())
                .when(new SubmitAtDeadline(ATTEMPT, DEADLINE.plusSeconds(3600)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aSubmitAfterAnExtensionClosesAtTheRequestTimeIfBeforeTheNewDeadline() {
        Instant at = DEADLINE.plusSeconds(60);
        fixture.given(begun(), extended(5))
                .when(new SubmitAttempt(ATTEMPT, CANDIDATE, at))
                .expectEvents(handedIn(at, List.of()));
    }

    // flags and navigation

    @Test
    void flaggingAnItemIsRecordedOnceAndCanBeTakenBack() {
        Instant at = START.plusSeconds(30);
        fixture.given(begun())
                .when(new FlagItem(ATTEMPT, CANDIDATE, SampleExams.SINGLE, true, at))
                .expectEvents(new ItemFlagChanged(ATTEMPT, SampleExams.SINGLE, true, at));
        fixture.given(begun(), new ItemFlagChanged(ATTEMPT, SampleExams.SINGLE, true, at))
                .when(new FlagItem(ATTEMPT, CANDIDATE, SampleExams.SINGLE, true, at.plusSeconds(1)))
                .expectNoEvents();
        fixture.given(begun(), new ItemFlagChanged(ATTEMPT, SampleExams.SINGLE, true, at))
                .when(new FlagItem(ATTEMPT, CANDIDATE, SampleExams.SINGLE, false, at.plusSeconds(1)))
                .expectEvents(new ItemFlagChanged(ATTEMPT, SampleExams.SINGLE, false, at.plusSeconds(1)));
    }

    @Test
    void flagsNeedAnItemOfThePaperAnOpenAttemptAndItsOwner() {
        fixture.given(begun())
                .when(new FlagItem(ATTEMPT, CANDIDATE, "no-such-item", true, START))
                .expectException(NotFoundException.class);
        fixture.given(begun())
                .when(new FlagItem(ATTEMPT, "someone-else", SampleExams.SINGLE, true, START))
                .expectException(NotFoundException.class);
        fixture.given(begun(), handedIn(START.plusSeconds(60), List.of()))
                .when(new FlagItem(ATTEMPT, CANDIDATE, SampleExams.SINGLE, true, START.plusSeconds(61)))
                .expectNoEvents()
                .expectException(violation("attempt-closed"));
    }

    @Test
    void movingToAnItemIsKeptAndStayingPutRecordsNothing() {
        Instant at = START.plusSeconds(40);
        fixture.given(begun())
                .when(new OpenItem(ATTEMPT, CANDIDATE, SampleExams.OPEN, at))
                .expectEvents(new ItemOpened(ATTEMPT, SampleExams.OPEN, at));
        fixture.given(begun(), new ItemOpened(ATTEMPT, SampleExams.OPEN, at))
                .when(new OpenItem(ATTEMPT, CANDIDATE, SampleExams.OPEN, at.plusSeconds(5)))
                .expectNoEvents();
    }

    // proctoring

    @Test
    void aProctorExtendsTheDeadlineWithAReason() {
        Instant at = START.plusSeconds(600);
        fixture.given(begun())
                .when(new ExtendDeadline(ATTEMPT, 10, "fire alarm in the store", "proctor-1", at))
                .expectEvents(new DeadlineExtended(ATTEMPT, 10, "fire alarm in the store", "proctor-1",
                        DEADLINE.plus(Duration.ofMinutes(10)), at))
                .expectResultMessagePayload(DEADLINE.plus(Duration.ofMinutes(10)));
    }

    @Test
    void anExtensionNeedsMinutesInRangeAReasonAndAnOpenAttempt() {
        fixture.given(begun())
                .when(new ExtendDeadline(ATTEMPT, 0, "why", "proctor-1", START))
                .expectException(invalid("minutes"));
        fixture.given(begun())
                .when(new ExtendDeadline(ATTEMPT, ExamAttempt.MAX_EXTENSION_MINUTES + 1, "why", "proctor-1", START))
                .expectException(invalid("minutes"));
        fixture.given(begun())
                .when(new ExtendDeadline(ATTEMPT, 5, "  ", "proctor-1", START))
                .expectException(invalid("reason"));
        fixture.given(begun(), handedIn(START.plusSeconds(60), List.of()))
                .when(new ExtendDeadline(ATTEMPT, 5, "late", "proctor-1", START.plusSeconds(61)))
                .expectNoEvents()
                .expectException(violation("attempt-closed"));
    }

    @Test
    void aProctorVoidsAnAttemptWithAReasonAndEveryWriteIsRefusedAfterwards() {
        Instant at = START.plusSeconds(900);
        fixture.given(begun())
                .when(new VoidAttempt(ATTEMPT, "used a phone", "proctor-1", at))
                .expectEvents(new AttemptNullified(ATTEMPT, "used a phone", "proctor-1", at));
        fixture.given(begun(), voided())
                .when(save(SampleExams.SINGLE, choice("A"), 1, START.plusSeconds(901)))
                .expectNoEvents()
                .expectException(violation("attempt-voided"));
        fixture.given(begun(), voided())
                .when(new SubmitAttempt(ATTEMPT, CANDIDATE, START.plusSeconds(901)))
                .expectNoEvents()
                .expectException(violation("attempt-voided"));
        fixture.given(begun(), voided())
                .when(new VoidAttempt(ATTEMPT, "again", "proctor-2", START.plusSeconds(902)))
                .expectNoEvents()
                .expectException(violation("attempt-voided"));
        fixture.given(begun(), voided())
                .when(new ExtendDeadline(ATTEMPT, 5, "too late", "proctor-1", START.plusSeconds(902)))
                .expectNoEvents()
                .expectException(violation("attempt-voided"));
    }

    @Test
    void aSubmittedAttemptCanStillBeVoided() {
        Instant at = START.plusSeconds(4000);
        fixture.given(begun(), handedIn(START.plusSeconds(60), List.of()))
                .when(new VoidAttempt(ATTEMPT, "misconduct found on review", "admin-1", at))
                .expectEvents(new AttemptNullified(ATTEMPT, "misconduct found on review", "admin-1", at));
    }

    @Test
    void aVoidNeedsAReason() {
        fixture.given(begun())
                .when(new VoidAttempt(ATTEMPT, null, "proctor-1", START))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }

    @Test
    void thePaperGivenIsTheOneItsSeedRebuilds() {
        assertThat(PaperBuilder.build(SampleExams.exam("exam-1", 3), begun().seed())).isEqualTo(begun().paper());
    }

    private static StartAttempt start(int attemptNumber, ExamTerms terms, Instant at) {
        return new StartAttempt(ATTEMPT, "exam-1", 3, CANDIDATE, ORG, attemptNumber, null, terms, 0, GRACE_SECONDS,
                SEED, PAPER, at);
    }

    private static AttemptBegun begun() {
        return new AttemptBegun(ATTEMPT, "exam-1", 3, CANDIDATE, ORG, 1, SEED, PAPER, START, DEADLINE, 0, GRACE_SECONDS);
    }

    private static SaveResponse save(String itemId, Answer answer, long clientSeq, Instant at) {
        return new SaveResponse(ATTEMPT, CANDIDATE, itemId, answer, clientSeq, at);
    }

    private static ResponseRecorded recorded(String itemId, Answer answer, long clientSeq, Instant at) {
        return new ResponseRecorded(ATTEMPT, CANDIDATE, itemId, answer, clientSeq, at, false);
    }

    private static AttemptHandedIn handedIn(Instant at, List<FinalAnswer> answers) {
        return new AttemptHandedIn(ATTEMPT, "exam-1", 3, CANDIDATE, ORG, START, at, false, answers);
    }

    private static DeadlineExtended extended(int minutes) {
        return new DeadlineExtended(ATTEMPT, minutes, "network outage", "proctor-1",
                DEADLINE.plus(Duration.ofMinutes(minutes)), START.plusSeconds(300));
    }

    private static AttemptNullified voided() {
        return new AttemptNullified(ATTEMPT, "used a phone", "proctor-1", START.plusSeconds(900));
    }

    private static Answer choice(String... optionIds) {
        return new Answer(List.of(optionIds), null, null);
    }

    private static Matcher<Object> violation(String code) {
        return matcher("RuleViolationException " + code,
                e -> e instanceof RuleViolationException rv && rv.code().equals(code));
    }

    private static Matcher<Object> invalid(String field) {
        return matcher("InvalidInputException on " + field,
                e -> e instanceof InvalidInputException ii && ii.errors().stream().anyMatch(p -> p.field().equals(field)));
    }

    private static Matcher<Object> matcher(String what, java.util.function.Predicate<Object> test) {
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
}
