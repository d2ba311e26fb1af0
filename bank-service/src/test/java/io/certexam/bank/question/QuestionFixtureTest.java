package io.certexam.bank.question;

import static io.certexam.bank.FieldErrors.hasFieldError;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.problem.RuleViolationException;

class QuestionFixtureTest {

    static final String ID = "q-1";
    static final String AUTHOR = "author-1";
    static final List<ChoiceOption> ABCD = List.of(new ChoiceOption("A", "one"), new ChoiceOption("B", "two"),
            new ChoiceOption("C", "three"), new ChoiceOption("D", "four"));

    FixtureConfiguration<Question> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Question.class);
    }

    /** What an author sends: only the required fields. */
    static AuthoredQuestion singleChoice(String stem, String key) {
        return new AuthoredQuestion(QuestionType.SINGLE_CHOICE, stem, ABCD, Answer.options(key), null, null, null,
                null, null, null);
    }

    /** The same question once accepted: defaults filled in. */
    static AuthoredQuestion singleChoiceAccepted(String stem, String key) {
        return new AuthoredQuestion(QuestionType.SINGLE_CHOICE, stem, ABCD, Answer.options(key), BigDecimal.ONE, null,
                null, List.of(), null, "zh");
    }

    static AuthoredQuestion multipleChoice(String... key) {
        return new AuthoredQuestion(QuestionType.MULTIPLE_CHOICE, "which ones?", ABCD, Answer.options(key),
                new BigDecimal("2"), null, null, List.of("module:theory"), 3, null);
    }

    static AuthoredQuestion trueFalse(Boolean value) {
        return new AuthoredQuestion(QuestionType.TRUE_FALSE, "is it?", null, new Answer(null, value), null, null,
                "because", List.of("topic:returns"), 1, "en");
    }

    static AuthoredQuestion with(AuthoredQuestion q, List<ChoiceOption> options, Answer answer) {
        return new AuthoredQuestion(q.type(), q.stem(), options, answer, q.points(), q.multipleChoiceScoring(),
                q.explanation(), q.tags(), q.difficulty(), q.language());
    }

    static AuthoredQuestion trueFalseChild(String stem, boolean value) {
        return new AuthoredQuestion(QuestionType.TRUE_FALSE, stem, null, Answer.trueFalse(value), null, null, null,
                null, null, null);
    }

    static QuestionCreated created() {
        return new QuestionCreated(ID, 1, singleChoiceAccepted("stem", "B"), AUTHOR);
    }

    static QuestionVersionPublished published(int version, AuthoredQuestion question) {
        return new QuestionVersionPublished(ID, version, question, AUTHOR);
    }

    @Nested
    class Creating {

        @Test
        void singleChoiceBecomesDraftVersionOneWithDefaults() {
            fixture.givenNoPriorActivity()
                    .when(new CreateQuestion(ID, singleChoice("stem", "B"), AUTHOR))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(created());
        }

        @Test
        void multipleChoiceDefaultsToAllOrNothingAndOrdersItsKeyLikeTheOptions() {
            AuthoredQuestion expected = new AuthoredQuestion(QuestionType.MULTIPLE_CHOICE, "which ones?", ABCD,
                    Answer.options("A", "C", "D"), new BigDecimal("2"), MultipleChoiceScoring.ALL_OR_NOTHING, null,
                    List.of("module:theory"), 3, "zh");
            fixture.givenNoPriorActivity()
                    .when(new CreateQuestion(ID, multipleChoice("D", "A", "C"), AUTHOR))
                    .expectEvents(new QuestionCreated(ID, 1, expected, AUTHOR));
        }

        @Test
        void multipleChoiceKeepsTheChosenScoringAndPlainPoints() {
            AuthoredQuestion q = multipleChoice("A");
            AuthoredQuestion input = new AuthoredQuestion(q.type(), q.stem(), q.options(), q.answer(),
                    new BigDecimal("1.50"), MultipleChoiceScoring.PER_OPTION, null, q.tags(), q.difficulty(), "zh");
            AuthoredQuestion expected = new AuthoredQuestion(q.type(), q.stem(), q.options(), q.answer(),
                    new BigDecimal("1.5"), MultipleChoiceScoring.PER_OPTION, null, q.tags(), q.difficulty(), "zh");
            fixture.givenNoPriorActivity()
                    .when(new CreateQuestion(ID, input, AUTHOR))
                    .expectEvents(new QuestionCreated(ID, 1, expected, AUTHOR));
        }

        @Test
        void trueFalseHasABooleanKeyAndNoOptions() {
            AuthoredQuestion expected = new AuthoredQuestion(QuestionType.TRUE_FALSE, "is it?", List.of(),
                    Answer.trueFalse(false), BigDecimal.ONE, null, "because", List.of("topic:returns"), 1, "en");
            fixture.givenNoPriorActivity()
                    .when(new CreateQuestion(ID, trueFalse(false), AUTHOR))
                    .expectEvents(new QuestionCreated(ID, 1, expected, AUTHOR));
        }

        @Test
        void everyTypeOfTheContractCanBeAuthored() {
            AuthoredQuestion open = new AuthoredQuestion(QuestionType.OPEN_RESPONSE, "explain", null,
                    Answer.open("because", null), null, null, OpenResponseKind.SHORT_ANSWER, null, null, null, null, null,
                    null, null);
            AuthoredQuestion scenario = new AuthoredQuestion(QuestionType.SCENARIO, "the case", null, null, null, null,
                    null, null, List.of(trueFalseChild("is it?", true)), null, null, null, null, null);
            for (AuthoredQuestion q : List.of(open, scenario)) {
                new AggregateTestFixture<>(Question.class).givenNoPriorActivity()
                        .when(new CreateQuestion(ID, q, AUTHOR))
                        .expectSuccessfulHandlerExecution();
            }
        }

        @Test
        void typeIsRequired() {
            rejected(new AuthoredQuestion(null, "stem", ABCD, Answer.options("A"), null, null, null, null, null, null),
                    "type");
        }

        @Test
        void stemIsRequiredAndAtMost4000Characters() {
            rejected(singleChoice(null, "A"), "stem");
            rejected(singleChoice("   ", "A"), "stem");
            rejected(singleChoice("x".repeat(4001), "A"), "stem");
            fixture.givenNoPriorActivity()
                    .when(new CreateQuestion(ID, singleChoice("x".repeat(4000), "A"), AUTHOR))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void choiceQuestionsNeedAtLeastTwoOptions() {
            rejected(with(singleChoice("stem", "A"), List.of(new ChoiceOption("A", "only")), Answer.options("A")),
                    "options");
            rejected(with(singleChoice("stem", "A"), null, Answer.options("A")), "options");
        }

        @Test
        void optionIdsAreNonBlankAndUnique() {
            rejected(with(singleChoice("stem", "A"),
                    List.of(new ChoiceOption("A", "one"), new ChoiceOption(" ", "two")), Answer.options("A")),
                    "options[1].id");
            rejected(with(singleChoice("stem", "A"),
                    List.of(new ChoiceOption("A", "one"), new ChoiceOption("A", "two")), Answer.options("A")),
                    "options[1].id", "duplicate");
            rejected(with(singleChoice("stem", "A"),
                    Arrays.asList(new ChoiceOption("A", "one"), null), Answer.options("A")), "options[1]");
            rejected(with(singleChoice("stem", "A"),
                    List.of(new ChoiceOption("A", "one"), new ChoiceOption("B", "")), Answer.options("A")),
                    "options[1].text");
        }

        @Test
        void theKeyMustReferToExistingOptions() {
            rejected(singleChoice("stem", "E"), "answer.optionIds[0]", "no option has the id E");
            rejected(multipleChoice("A", "Z"), "answer.optionIds[1]");
            rejected(multipleChoice("A", "A"), "answer.optionIds[1]", "twice");
            rejected(with(singleChoice("stem", "A"), ABCD, null), "answer");
            rejected(with(singleChoice("stem", "A"), ABCD, new Answer(null, true)), "answer.value");
        }

        @Test
        void singleChoiceHasExactlyOneCorrectOption() {
            rejected(with(singleChoice("stem", "A"), ABCD, Answer.options("A", "B")), "answer.optionIds",
                    "exactly one");
            rejected(with(singleChoice("stem", "A"), ABCD, Answer.options()), "answer.optionIds");
        }

        @Test
        void multipleChoiceHasAtLeastOneCorrectOption() {
            rejected(multipleChoice(), "answer.optionIds", "at least one");
            fixture.givenNoPriorActivity()
                    .when(new CreateQuestion(ID, multipleChoice("B"), AUTHOR))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void scoringPolicyIsForMultipleChoiceOnly() {
            AuthoredQuestion q = singleChoice("stem", "A");
            rejected(new AuthoredQuestion(q.type(), q.stem(), q.options(), q.answer(), null,
                    MultipleChoiceScoring.PER_OPTION, null, null, null, null), "multipleChoiceScoring");
        }

        @Test
        void trueFalseNeedsABooleanKeyAndNoOptions() {
            rejected(trueFalse(null), "answer.value");
            rejected(with(trueFalse(true), ABCD, Answer.trueFalse(true)), "options");
            rejected(with(trueFalse(true), null, new Answer(List.of("A"), true)), "answer.optionIds");
        }

        @Test
        void tagsAreKeyValuePairs() {
            AuthoredQuestion q = multipleChoice("A");
            for (String bad : List.of("theory", ":theory", "module:", "mod ule:theory")) {
                rejected(new AuthoredQuestion(q.type(), q.stem(), q.options(), q.answer(), q.points(), null, null,
                        List.of("topic:returns", bad), q.difficulty(), null), "tags[1]");
            }
            rejected(new AuthoredQuestion(q.type(), q.stem(), q.options(), q.answer(), q.points(), null, null,
                    Arrays.asList((String) null), q.difficulty(), null), "tags[0]");
        }

        @Test
        void difficultyIsBetweenOneAndFive() {
            AuthoredQuestion q = multipleChoice("A");
            for (int bad : new int[] {0, 6}) {
                rejected(new AuthoredQuestion(q.type(), q.stem(), q.options(), q.answer(), q.points(), null, null,
                        q.tags(), bad, null), "difficulty");
            }
        }

        @Test
        void pointsArePositive() {
            AuthoredQuestion q = multipleChoice("A");
            for (String bad : List.of("0", "-1", "0.001", "1000.5")) {
                rejected(new AuthoredQuestion(q.type(), q.stem(), q.options(), q.answer(), new BigDecimal(bad), null,
                        null, q.tags(), q.difficulty(), null), "points");
            }
        }

        @Test
        void everyProblemIsReportedAtOnce() {
            AuthoredQuestion q = new AuthoredQuestion(QuestionType.SINGLE_CHOICE, "", List.of(new ChoiceOption("A", "x")),
                    Answer.options("Z"), BigDecimal.ZERO, null, null, List.of("bad"), 9, null);
            fixture.givenNoPriorActivity()
                    .when(new CreateQuestion(ID, q, AUTHOR))
                    .expectException(hasFieldError("stem"))
                    .expectException(hasFieldError("options"))
                    .expectException(hasFieldError("answer.optionIds[0]"))
                    .expectException(hasFieldError("points"))
                    .expectException(hasFieldError("tags[0]"))
                    .expectException(hasFieldError("difficulty"));
        }

        private void rejected(AuthoredQuestion question, String field) {
            rejected(question, field, "");
        }

        private void rejected(AuthoredQuestion question, String field, String message) {
            new AggregateTestFixture<>(Question.class).givenNoPriorActivity()
                    .when(new CreateQuestion(ID, question, AUTHOR))
                    .expectException(InvalidInputException.class)
                    .expectException(hasFieldError(field, message))
                    .expectNoEvents();
        }
    }

    @Nested
    class Revising {

        @Test
        void aDraftIsReplacedInPlace() {
            fixture.given(created())
                    .when(new ReviseQuestion(ID, singleChoice("better stem", "C"), AUTHOR))
                    .expectEvents(new QuestionDraftRevised(ID, 1, singleChoiceAccepted("better stem", "C"), AUTHOR))
                    .expectResultMessagePayload(new VersionStatus(1, QuestionStatus.DRAFT));
        }

        @Test
        void aPublishedQuestionGetsTheNextVersionAsDraft() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")))
                    .when(new ReviseQuestion(ID, singleChoice("v2 stem", "B"), AUTHOR))
                    .expectEvents(new QuestionDraftRevised(ID, 2, singleChoiceAccepted("v2 stem", "B"), AUTHOR))
                    .expectResultMessagePayload(new VersionStatus(2, QuestionStatus.DRAFT));
        }

        @Test
        void theNextDraftIsReplacedInPlaceToo() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")),
                            new QuestionDraftRevised(ID, 2, singleChoiceAccepted("v2 stem", "B"), AUTHOR))
                    .when(new ReviseQuestion(ID, singleChoice("v2 better", "B"), AUTHOR))
                    .expectEvents(new QuestionDraftRevised(ID, 2, singleChoiceAccepted("v2 better", "B"), AUTHOR));
        }

        @Test
        void sendingTheSameContentChangesNothing() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")))
                    .when(new ReviseQuestion(ID, singleChoice("stem", "B"), AUTHOR))
                    .expectNoEvents()
                    .expectResultMessagePayload(new VersionStatus(1, QuestionStatus.PUBLISHED));
        }

        @Test
        void anInvalidRevisionIsRejected() {
            fixture.given(created())
                    .when(new ReviseQuestion(ID, singleChoice("stem", "X"), AUTHOR))
                    .expectException(hasFieldError("answer.optionIds[0]"))
                    .expectNoEvents();
        }

        @Test
        void aRetiredQuestionCannotBeRevised() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")),
                            new QuestionWithdrawn(ID, 1, AUTHOR))
                    .when(new ReviseQuestion(ID, singleChoice("again", "B"), AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("retired"));
        }
    }

    @Nested
    class Publishing {

        @Test
        void theDraftVersionIsPublished() {
            fixture.given(created())
                    .when(new PublishQuestion(ID, AUTHOR))
                    .expectEvents(published(1, singleChoiceAccepted("stem", "B")))
                    .expectResultMessagePayload(new VersionStatus(1, QuestionStatus.PUBLISHED));
        }

        @Test
        void aNewVersionIsPublishedUnderItsOwnNumber() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")),
                            new QuestionDraftRevised(ID, 2, singleChoiceAccepted("v2", "C"), AUTHOR))
                    .when(new PublishQuestion(ID, AUTHOR))
                    .expectEvents(published(2, singleChoiceAccepted("v2", "C")))
                    .expectResultMessagePayload(new VersionStatus(2, QuestionStatus.PUBLISHED));
        }

        @Test
        void publishingAnUnchangedPublishedQuestionAgainConflicts() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")))
                    .when(new PublishQuestion(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("version 1 of question q-1 is already published"))
                    .expectNoEvents();
        }

        @Test
        void aRetiredQuestionCannotBePublished() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")),
                            new QuestionDraftRevised(ID, 2, singleChoiceAccepted("v2", "C"), AUTHOR),
                            new QuestionWithdrawn(ID, 1, AUTHOR))
                    .when(new PublishQuestion(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class CorrectingTheKey {

        @Test
        void theLatestPublishedKeyIsCorrectedWithRevisionOne() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")))
                    .when(new CorrectAnswerKey(ID, Answer.options("C"), "B was a typo", "author-2"))
                    .expectEvents(new QuestionKeyCorrected(ID, 1, 1, Answer.options("B"),
                            singleChoiceAccepted("stem", "C"), "B was a typo", "author-2"))
                    .expectResultMessagePayload(new CorrectedKey(1, 1));
        }

        @Test
        void furtherCorrectionsCountUpAndStartFromTheCorrectedKey() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")),
                            new QuestionKeyCorrected(ID, 1, 1, Answer.options("B"), singleChoiceAccepted("stem", "C"),
                                    "typo", AUTHOR))
                    .when(new CorrectAnswerKey(ID, Answer.options("D"), "second look", AUTHOR))
                    .expectEvents(new QuestionKeyCorrected(ID, 1, 2, Answer.options("C"),
                            singleChoiceAccepted("stem", "D"), "second look", AUTHOR));
        }

        @Test
        void theLatestPublishedVersionIsCorrectedWhileANewDraftIsOpen() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")),
                            new QuestionDraftRevised(ID, 2, singleChoiceAccepted("v2", "B"), AUTHOR))
                    .when(new CorrectAnswerKey(ID, Answer.options("A"), "wrong", AUTHOR))
                    .expectEvents(new QuestionKeyCorrected(ID, 1, 1, Answer.options("B"),
                            singleChoiceAccepted("stem", "A"), "wrong", AUTHOR));
        }

        @Test
        void revisionsStartOverForANewlyPublishedVersion() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")),
                            new QuestionKeyCorrected(ID, 1, 1, Answer.options("B"), singleChoiceAccepted("stem", "C"),
                                    "typo", AUTHOR),
                            new QuestionDraftRevised(ID, 2, singleChoiceAccepted("v2", "C"), AUTHOR),
                            published(2, singleChoiceAccepted("v2", "C")))
                    .when(new CorrectAnswerKey(ID, Answer.options("A"), "wrong", AUTHOR))
                    .expectEvents(new QuestionKeyCorrected(ID, 2, 1, Answer.options("C"),
                            singleChoiceAccepted("v2", "A"), "wrong", AUTHOR))
                    .expectResultMessagePayload(new CorrectedKey(2, 1));
        }

        @Test
        void aTrueFalseKeyIsFlipped() {
            AuthoredQuestion accepted = new AuthoredQuestion(QuestionType.TRUE_FALSE, "is it?", List.of(),
                    Answer.trueFalse(true), BigDecimal.ONE, null, "because", List.of("topic:returns"), 1, "en");
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), published(1, accepted))
                    .when(new CorrectAnswerKey(ID, Answer.trueFalse(false), "it is not", AUTHOR))
                    .expectEvents(new QuestionKeyCorrected(ID, 1, 1, Answer.trueFalse(true),
                            accepted.withAnswer(Answer.trueFalse(false)), "it is not", AUTHOR));
        }

        @Test
        void aReasonIsRequired() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")))
                    .when(new CorrectAnswerKey(ID, Answer.options("C"), " ", AUTHOR))
                    .expectException(hasFieldError("reason"))
                    .expectNoEvents();
        }

        @Test
        void theNewKeyMustBeValid() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")))
                    .when(new CorrectAnswerKey(ID, Answer.options("C", "D"), "two", AUTHOR))
                    .expectException(hasFieldError("answer.optionIds", "exactly one"))
                    .expectNoEvents();
            new AggregateTestFixture<>(Question.class)
                    .given(created(), published(1, singleChoiceAccepted("stem", "B")))
                    .when(new CorrectAnswerKey(ID, null, "none", AUTHOR))
                    .expectException(hasFieldError("answer"))
                    .expectNoEvents();
        }

        @Test
        void theNewKeyMustDiffer() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")))
                    .when(new CorrectAnswerKey(ID, Answer.options("B"), "same", AUTHOR))
                    .expectException(hasFieldError("answer", "current key"))
                    .expectNoEvents();
        }

        @Test
        void aMultipleChoiceKeyInAnotherOrderIsNoCorrection() {
            AuthoredQuestion accepted = new AuthoredQuestion(QuestionType.MULTIPLE_CHOICE, "which ones?", ABCD,
                    Answer.options("A", "C"), new BigDecimal("2"), MultipleChoiceScoring.ALL_OR_NOTHING, null,
                    List.of("module:theory"), 3, "zh");
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), published(1, accepted))
                    .when(new CorrectAnswerKey(ID, Answer.options("C", "A"), "same", AUTHOR))
                    .expectException(hasFieldError("answer", "current key"))
                    .expectNoEvents();
        }

        @Test
        void aDraftOnlyQuestionHasNoKeyToCorrect() {
            fixture.given(created())
                    .when(new CorrectAnswerKey(ID, Answer.options("C"), "typo", AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("no published version"))
                    .expectNoEvents();
        }

        @Test
        void aRetiredQuestionsKeyCanStillBeCorrectedForRegrading() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")),
                            new QuestionWithdrawn(ID, 1, AUTHOR))
                    .when(new CorrectAnswerKey(ID, Answer.options("C"), "typo", AUTHOR))
                    .expectEvents(new QuestionKeyCorrected(ID, 1, 1, Answer.options("B"),
                            singleChoiceAccepted("stem", "C"), "typo", AUTHOR));
        }
    }

    @Nested
    class Retiring {

        @Test
        void aPublishedQuestionIsRetired() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")),
                            new QuestionDraftRevised(ID, 2, singleChoiceAccepted("v2", "B"), AUTHOR))
                    .when(new RetireQuestion(ID, AUTHOR))
                    .expectEvents(new QuestionWithdrawn(ID, 1, AUTHOR))
                    .expectResultMessagePayload(new VersionStatus(1, QuestionStatus.RETIRED));
        }

        @Test
        void aNeverPublishedQuestionCannotBeRetired() {
            fixture.given(created())
                    .when(new RetireQuestion(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectNoEvents();
        }

        @Test
        void retiringTwiceConflicts() {
            fixture.given(created(), published(1, singleChoiceAccepted("stem", "B")), new QuestionWithdrawn(ID, 1, AUTHOR))
                    .when(new RetireQuestion(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("retired"))
                    .expectNoEvents();
        }
    }
}
