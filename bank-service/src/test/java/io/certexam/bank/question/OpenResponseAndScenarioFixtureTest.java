package io.certexam.bank.question;

import static io.certexam.bank.FieldErrors.hasFieldError;
import static org.hamcrest.Matchers.allOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.certexam.platform.problem.InvalidInputException;

/** The rules of open responses and scenarios, the limits of every type, and their key corrections. */
class OpenResponseAndScenarioFixtureTest {

    static final String ID = "q-7";
    static final String AUTHOR = "author-1";
    static final List<ChoiceOption> ABC = List.of(new ChoiceOption("A", "one"), new ChoiceOption("B", "two"),
            new ChoiceOption("C", "three"));
    static final List<RubricEntry> RUBRIC = List.of(new RubricEntry("names the term", new BigDecimal("2")),
            new RubricEntry("gives an example", new BigDecimal("3.0")));

    FixtureConfiguration<Question> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Question.class);
    }

    static AuthoredQuestion open(BigDecimal points, Answer answer, OpenResponseKind kind, Integer maxResponseLength) {
        return new AuthoredQuestion(QuestionType.OPEN_RESPONSE, "What is a refund?", null, answer, points, null, kind,
                maxResponseLength, null, "see the handbook", List.of("module:theory"), 2, null, null);
    }

    static AuthoredQuestion choiceChild(QuestionType type, List<ChoiceOption> options, Answer answer, BigDecimal points) {
        return new AuthoredQuestion(type, "child " + type, options, answer, points, null, null, null, null,
                "why " + type, null, null, null, null);
    }

    static AuthoredQuestion openChild(BigDecimal points) {
        return new AuthoredQuestion(QuestionType.OPEN_RESPONSE, "analyse", null, Answer.open("analysis", null), points,
                null, OpenResponseKind.CASE_ANALYSIS, null, null, null, null, null, null, null);
    }

    static AuthoredQuestion trueFalseChild(boolean value) {
        return new AuthoredQuestion(QuestionType.TRUE_FALSE, "true?", null, Answer.trueFalse(value), null, null, null,
                null, null, null);
    }

    static AuthoredQuestion scenario(BigDecimal points, List<AuthoredQuestion> children) {
        return new AuthoredQuestion(QuestionType.SCENARIO, "A customer returns a kettle without a receipt.", null, null,
                points, null, null, null, children, "overall", List.of("module:practice"), 3, "zh", null);
    }

    /** Three children: a multiple choice (key given out of order), a true/false and an open response. */
    static AuthoredQuestion threeChildScenario() {
        return scenario(null, List.of(
                choiceChild(QuestionType.MULTIPLE_CHOICE, ABC, Answer.options("C", "A"), new BigDecimal("2")),
                trueFalseChild(false),
                openChild(new BigDecimal("4"))));
    }

    /** {@link #threeChildScenario()} as accepted. */
    static AuthoredQuestion threeChildScenarioAccepted() {
        return new AuthoredQuestion(QuestionType.SCENARIO, "A customer returns a kettle without a receipt.", List.of(),
                null, new BigDecimal("7"), null, null, null, List.of(
                new AuthoredQuestion(QuestionType.MULTIPLE_CHOICE, "child MULTIPLE_CHOICE", ABC, Answer.options("A", "C"),
                        new BigDecimal("2"), MultipleChoiceScoring.ALL_OR_NOTHING, null, null, null,
                        "why MULTIPLE_CHOICE", null, null, null, ID + "-1"),
                new AuthoredQuestion(QuestionType.TRUE_FALSE, "true?", List.of(), Answer.trueFalse(false),
                        BigDecimal.ONE, null, null, null, null, null, null, null, null, ID + "-2"),
                new AuthoredQuestion(QuestionType.OPEN_RESPONSE, "analyse", List.of(), Answer.open("analysis", List.of()),
                        new BigDecimal("4"), null, OpenResponseKind.CASE_ANALYSIS, 5000, null, null, null, null, null,
                        ID + "-3")),
                "overall", List.of("module:practice"), 3, "zh", null);
    }

    void rejected(AuthoredQuestion question, String field) {
        rejected(question, field, "");
    }

    void rejected(AuthoredQuestion question, String field, String message) {
        new AggregateTestFixture<>(Question.class).givenNoPriorActivity()
                .when(new CreateQuestion(ID, question, AUTHOR))
                .expectException(InvalidInputException.class)
                .expectException(hasFieldError(field, message))
                .expectNoEvents();
    }

    void accepted(AuthoredQuestion question) {
        new AggregateTestFixture<>(Question.class).givenNoPriorActivity()
                .when(new CreateQuestion(ID, question, AUTHOR))
                .expectSuccessfulHandlerExecution();
    }

    @Nested
    class OpenResponses {

        @Test
        void areCreatedWithTheirDefaults() {
            AuthoredQuestion expected = new AuthoredQuestion(QuestionType.OPEN_RESPONSE, "What is a refund?", List.of(),
                    Answer.open("money back", List.of()), BigDecimal.ONE, null, OpenResponseKind.TERM_DEFINITION, 5000,
                    null, "see the handbook", List.of("module:theory"), 2, "zh", null);
            fixture.givenNoPriorActivity()
                    .when(new CreateQuestion(ID, open(null, Answer.open("money back", null),
                            OpenResponseKind.TERM_DEFINITION, null), AUTHOR))
                    .expectEvents(new QuestionCreated(ID, 1, expected, AUTHOR));
        }

        @Test
        void withoutPointsAreWorthTheirRubricsSum() {
            AuthoredQuestion expected = new AuthoredQuestion(QuestionType.OPEN_RESPONSE, "What is a refund?", List.of(),
                    Answer.open("money back", List.of(new RubricEntry("names the term", new BigDecimal("2")),
                            new RubricEntry("gives an example", new BigDecimal("3")))),
                    new BigDecimal("5"), null, OpenResponseKind.ESSAY, 800, null, "see the handbook",
                    List.of("module:theory"), 2, "zh", null);
            fixture.givenNoPriorActivity()
                    .when(new CreateQuestion(ID, open(null, Answer.open("money back", RUBRIC), OpenResponseKind.ESSAY,
                            800), AUTHOR))
                    .expectEvents(new QuestionCreated(ID, 1, expected, AUTHOR));
        }

        @Test
        void aRubricMustAddUpToThePoints() {
            rejected(open(new BigDecimal("6"), Answer.open("x", RUBRIC), OpenResponseKind.ESSAY, null), "answer.rubric",
                    "add up to 5 but the question is worth 6");
            accepted(open(new BigDecimal("5.00"), Answer.open("x", RUBRIC), OpenResponseKind.ESSAY, null));
        }

        @Test
        void rubricCriteriaNeedATextAndPositivePoints() {
            rejected(open(null, Answer.open("x", List.of(new RubricEntry(" ", BigDecimal.ONE))),
                    OpenResponseKind.ESSAY, null), "answer.rubric[0].criterion");
            rejected(open(null, Answer.open("x", List.of(new RubricEntry("a", BigDecimal.ONE),
                    new RubricEntry("b", BigDecimal.ZERO))), OpenResponseKind.ESSAY, null), "answer.rubric[1].points");
            rejected(open(null, Answer.open("x", List.of(new RubricEntry("a", null))), OpenResponseKind.ESSAY, null),
                    "answer.rubric[0].points", "required");
            rejected(open(null, Answer.open("x", Arrays.asList((RubricEntry) null)), OpenResponseKind.ESSAY, null),
                    "answer.rubric[0]");
            rejected(open(null, Answer.open("x", List.of(new RubricEntry("c".repeat(1001), BigDecimal.ONE))),
                    OpenResponseKind.ESSAY, null), "answer.rubric[0].criterion", "at most 1000");
            rejected(open(null, Answer.open("x", Collections.nCopies(21, new RubricEntry("c", BigDecimal.ONE))),
                    OpenResponseKind.ESSAY, null), "answer.rubric", "at most 20");
        }

        @Test
        void needAKindAndAReferenceAnswer() {
            rejected(open(null, Answer.open("x", null), null, null), "openResponseKind", "TERM_DEFINITION");
            rejected(open(null, Answer.open(" ", null), OpenResponseKind.ESSAY, null), "answer.referenceAnswer");
            rejected(open(null, null, OpenResponseKind.ESSAY, null), "answer");
        }

        @Test
        void referenceAnswersHaveAtMost10000Characters() {
            rejected(open(null, Answer.open("r".repeat(10_001), null), OpenResponseKind.ESSAY, null),
                    "answer.referenceAnswer", "at most 10000");
            accepted(open(null, Answer.open("r".repeat(10_000), null), OpenResponseKind.ESSAY, null));
        }

        @Test
        void maxResponseLengthIsBetween1And20000() {
            rejected(open(null, Answer.open("x", null), OpenResponseKind.ESSAY, 0), "maxResponseLength");
            rejected(open(null, Answer.open("x", null), OpenResponseKind.ESSAY, 20_001), "maxResponseLength");
            accepted(open(null, Answer.open("x", null), OpenResponseKind.ESSAY, 20_000));
        }

        @Test
        void haveNoOptionsAndNoChoiceKey() {
            AuthoredQuestion q = open(null, new Answer(List.of("A"), true, "x", null, null), OpenResponseKind.ESSAY, null);
            new AggregateTestFixture<>(Question.class).givenNoPriorActivity()
                    .when(new CreateQuestion(ID, new AuthoredQuestion(q.type(), q.stem(), ABC, q.answer(), null, null,
                            q.openResponseKind(), null, null, null, null, null, null, null), AUTHOR))
                    .expectException(allOf(hasFieldError("options", "no options"), hasFieldError("answer.optionIds"),
                            hasFieldError("answer.value")))
                    .expectNoEvents();
        }

        @Test
        void theirFieldsBelongToThemAlone() {
            AuthoredQuestion choice = new AuthoredQuestion(QuestionType.SINGLE_CHOICE, "pick", ABC,
                    new Answer(List.of("A"), null, "ref", RUBRIC, null), null, null, OpenResponseKind.ESSAY, 100,
                    List.of(trueFalseChild(true)), null, null, null, null, null);
            new AggregateTestFixture<>(Question.class).givenNoPriorActivity()
                    .when(new CreateQuestion(ID, choice, AUTHOR))
                    .expectException(allOf(hasFieldError("openResponseKind", "OPEN_RESPONSE questions only"),
                            hasFieldError("maxResponseLength"), hasFieldError("children", "only a SCENARIO"),
                            hasFieldError("answer.referenceAnswer"), hasFieldError("answer.rubric")))
                    .expectNoEvents();
        }

        @Test
        void theirKeyIsCorrectedWithANewReferenceAnswerAndRubric() {
            AuthoredQuestion accepted = new AuthoredQuestion(QuestionType.OPEN_RESPONSE, "What is a refund?", List.of(),
                    Answer.open("money back", List.of()), new BigDecimal("5"), null, OpenResponseKind.ESSAY, 5000, null,
                    null, List.of(), null, "zh", null);
            List<RubricEntry> corrected = List.of(new RubricEntry("names the term", new BigDecimal("2")),
                    new RubricEntry("gives an example", new BigDecimal("3")));
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), new QuestionVersionPublished(ID, 1, accepted, AUTHOR))
                    .when(new CorrectAnswerKey(ID, Answer.open("money returned", RUBRIC), "clearer", AUTHOR))
                    .expectEvents(new QuestionKeyCorrected(ID, 1, 1, Answer.open("money back", List.of()),
                            accepted.withAnswer(Answer.open("money returned", corrected)), "clearer", AUTHOR))
                    .expectResultMessagePayload(new CorrectedKey(1, 1, List.of()));
        }

        @Test
        void aCorrectedRubricMustStillAddUpToThePoints() {
            AuthoredQuestion accepted = new AuthoredQuestion(QuestionType.OPEN_RESPONSE, "What is a refund?", List.of(),
                    Answer.open("money back", List.of()), new BigDecimal("4"), null, OpenResponseKind.ESSAY, 5000, null,
                    null, List.of(), null, "zh", null);
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), new QuestionVersionPublished(ID, 1, accepted, AUTHOR))
                    .when(new CorrectAnswerKey(ID, Answer.open("money back", RUBRIC), "rubric", AUTHOR))
                    .expectException(hasFieldError("answer.rubric", "worth 4"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Scenarios {

        @Test
        void childrenGetIdsByPositionAndTheScenarioTheirPointsSum() {
            fixture.givenNoPriorActivity()
                    .when(new CreateQuestion(ID, threeChildScenario(), AUTHOR))
                    .expectEvents(new QuestionCreated(ID, 1, threeChildScenarioAccepted(), AUTHOR));
        }

        @Test
        void givenPointsMustEqualTheChildrensSum() {
            AuthoredQuestion s = threeChildScenario();
            rejected(scenario(new BigDecimal("8"), s.children()), "points", "sum of the children's points, 7");
            accepted(scenario(new BigDecimal("7.0"), s.children()));
        }

        @Test
        void childErrorsNameTheChild() {
            new AggregateTestFixture<>(Question.class).givenNoPriorActivity()
                    .when(new CreateQuestion(ID, scenario(null, List.of(
                            choiceChild(QuestionType.SINGLE_CHOICE, ABC, Answer.options("A"), null),
                            choiceChild(QuestionType.SINGLE_CHOICE, ABC, Answer.options("Z"), null),
                            new AuthoredQuestion(QuestionType.TRUE_FALSE, " ", null, null, BigDecimal.ZERO, null, null,
                                    null, null, null))), AUTHOR))
                    .expectException(allOf(hasFieldError("children[1].answer.optionIds[0]", "no option has the id Z"),
                            hasFieldError("children[2].stem"), hasFieldError("children[2].answer"),
                            hasFieldError("children[2].points")))
                    .expectNoEvents();
        }

        @Test
        void childrenAreValidatedLikeQuestions() {
            rejected(scenario(null, List.of(openChild(null), new AuthoredQuestion(QuestionType.OPEN_RESPONSE, "x", null,
                            Answer.open("r", RUBRIC), new BigDecimal("9"), null, OpenResponseKind.ESSAY, null, null, null,
                            null, null, null, null))), "children[1].answer.rubric", "worth 9");
            rejected(scenario(null, List.of(choiceChild(QuestionType.SINGLE_CHOICE,
                    List.of(new ChoiceOption("A", "x")), Answer.options("A"), null))), "children[0].options");
            rejected(scenario(null, Arrays.asList(trueFalseChild(true), null)), "children[1]", "required");
            rejected(scenario(null, List.of(new AuthoredQuestion(null, "x", null, null, null, null, null, null, null,
                    null))), "children[0].type");
        }

        @Test
        void scenariosDoNotNest() {
            rejected(scenario(null, List.of(trueFalseChild(true), scenario(null, List.of(trueFalseChild(true))))),
                    "children[1].type", "cannot be scenarios");
        }

        @Test
        void haveOneToTwentyChildren() {
            rejected(scenario(null, List.of()), "children", "at least one");
            rejected(scenario(null, null), "children");
            rejected(scenario(null, Collections.nCopies(21, trueFalseChild(true))), "children", "at most 20");
            accepted(scenario(null, Collections.nCopies(20, trueFalseChild(true))));
        }

        @Test
        void haveNoKeyOrOptionsOfTheirOwn() {
            AuthoredQuestion s = threeChildScenario();
            new AggregateTestFixture<>(Question.class).givenNoPriorActivity()
                    .when(new CreateQuestion(ID, new AuthoredQuestion(s.type(), s.stem(), ABC, Answer.trueFalse(true),
                            null, null, null, null, s.children(), null, null, null, null, null), AUTHOR))
                    .expectException(allOf(hasFieldError("answer", "no key of its own"), hasFieldError("options")))
                    .expectNoEvents();
        }

        @Test
        void tagsDifficultyAndLanguageAreTheScenarios() {
            AuthoredQuestion child = new AuthoredQuestion(QuestionType.TRUE_FALSE, "true?", null, Answer.trueFalse(true),
                    null, null, null, List.of("topic:x"), 2, "en");
            new AggregateTestFixture<>(Question.class).givenNoPriorActivity()
                    .when(new CreateQuestion(ID, scenario(null, List.of(child)), AUTHOR))
                    .expectException(allOf(hasFieldError("children[0].tags", "set on the scenario"),
                            hasFieldError("children[0].difficulty"), hasFieldError("children[0].language")))
                    .expectNoEvents();
        }

        @Test
        void aRevisionKeepsTheChildIdsOfTheirPositions() {
            AuthoredQuestion accepted = threeChildScenarioAccepted();
            List<AuthoredQuestion> reordered = new ArrayList<>(threeChildScenario().children());
            Collections.swap(reordered, 0, 1);
            AuthoredQuestion expected = accepted.withChildren(List.of(
                    accepted.children().get(1).withId(ID + "-1"), accepted.children().get(0).withId(ID + "-2"),
                    accepted.children().get(2)));
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), new QuestionVersionPublished(ID, 1, accepted, AUTHOR))
                    .when(new ReviseQuestion(ID, scenario(null, reordered), AUTHOR))
                    .expectEvents(new QuestionDraftRevised(ID, 2, expected, AUTHOR));
        }

        @Test
        void theSameScenarioAgainMakesNoVersion() {
            AuthoredQuestion accepted = threeChildScenarioAccepted();
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), new QuestionVersionPublished(ID, 1, accepted, AUTHOR))
                    .when(new ReviseQuestion(ID, threeChildScenario(), AUTHOR))
                    .expectNoEvents()
                    .expectResultMessagePayload(new VersionStatus(1, QuestionStatus.PUBLISHED));
        }
    }

    @Nested
    class CorrectingAScenariosKey {

        final AuthoredQuestion accepted = threeChildScenarioAccepted();

        Answer fullKey(Answer first, Answer second, Answer third) {
            return Answer.scenario(List.of(new ChildAnswer(ID + "-1", first), new ChildAnswer(ID + "-2", second),
                    new ChildAnswer(ID + "-3", third)));
        }

        @Test
        void theFullKeyIsGivenAndTheChangedChildIsNamed() {
            Answer before = fullKey(Answer.options("A", "C"), Answer.trueFalse(false), Answer.open("analysis", List.of()));
            Answer after = fullKey(Answer.options("A", "C"), Answer.trueFalse(true), Answer.open("analysis", List.of()));
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), new QuestionVersionPublished(ID, 1, accepted, AUTHOR))
                    .when(new CorrectAnswerKey(ID, Answer.scenario(List.of(
                            new ChildAnswer(ID + "-3", Answer.open("analysis", null)),
                            new ChildAnswer(ID + "-2", Answer.trueFalse(true)),
                            new ChildAnswer(ID + "-1", Answer.options("C", "A")))), "the statement is true", AUTHOR))
                    .expectEvents(new QuestionKeyCorrected(ID, 1, 1, before, accepted.withKey(after),
                            "the statement is true", AUTHOR))
                    .expectResultMessagePayload(new CorrectedKey(1, 1, List.of(ID + "-2")));
        }

        @Test
        void everyChildMustBeThereOnce() {
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), new QuestionVersionPublished(ID, 1, accepted, AUTHOR))
                    .when(new CorrectAnswerKey(ID, Answer.scenario(List.of(
                            new ChildAnswer(ID + "-2", Answer.trueFalse(true)),
                            new ChildAnswer(ID + "-2", Answer.trueFalse(true)),
                            new ChildAnswer("q-7-9", Answer.trueFalse(true)),
                            new ChildAnswer(null, Answer.trueFalse(true)))), "why", AUTHOR))
                    .expectException(allOf(hasFieldError("answer.children[1].id", "listed twice"),
                            hasFieldError("answer.children[2].id", "no child has the id q-7-9"),
                            hasFieldError("answer.children[3].id", "required"),
                            hasFieldError("answer.children", "q-7-1, q-7-3 is missing")))
                    .expectNoEvents();
        }

        @Test
        void eachChildsKeyIsCheckedAgainstTheChild() {
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), new QuestionVersionPublished(ID, 1, accepted, AUTHOR))
                    .when(new CorrectAnswerKey(ID, fullKey(Answer.options("Z"), Answer.options("A"),
                            Answer.open(" ", null)), "why", AUTHOR))
                    .expectException(allOf(hasFieldError("answer.children[0].answer.optionIds[0]"),
                            hasFieldError("answer.children[1].answer.value"),
                            hasFieldError("answer.children[1].answer.optionIds"),
                            hasFieldError("answer.children[2].answer.referenceAnswer")))
                    .expectNoEvents();
        }

        @Test
        void aScenarioKeyIsItsChildrensKeys() {
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), new QuestionVersionPublished(ID, 1, accepted, AUTHOR))
                    .when(new CorrectAnswerKey(ID, Answer.options("A"), "why", AUTHOR))
                    .expectException(allOf(hasFieldError("answer.optionIds", "use children"),
                            hasFieldError("answer.children")))
                    .expectNoEvents();
        }

        @Test
        void anUnchangedKeyIsNoCorrection() {
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), new QuestionVersionPublished(ID, 1, accepted, AUTHOR))
                    .when(new CorrectAnswerKey(ID, fullKey(Answer.options("C", "A"), Answer.trueFalse(false),
                            Answer.open("analysis", List.of())), "same", AUTHOR))
                    .expectException(hasFieldError("answer", "current key"))
                    .expectNoEvents();
        }

        @Test
        void aReasonIsRequired() {
            fixture.given(new QuestionCreated(ID, 1, accepted, AUTHOR), new QuestionVersionPublished(ID, 1, accepted, AUTHOR))
                    .when(new CorrectAnswerKey(ID, fullKey(Answer.options("A"), Answer.trueFalse(false),
                            Answer.open("analysis", null)), null, AUTHOR))
                    .expectException(hasFieldError("reason", "required"))
                    .expectNoEvents();
        }

        @Test
        void otherTypesHaveNoChildKeys() {
            AuthoredQuestion single = new AuthoredQuestion(QuestionType.SINGLE_CHOICE, "pick", ABC, Answer.options("A"),
                    BigDecimal.ONE, null, null, List.of(), null, "zh");
            fixture.given(new QuestionCreated(ID, 1, single, AUTHOR), new QuestionVersionPublished(ID, 1, single, AUTHOR))
                    .when(new CorrectAnswerKey(ID, new Answer(List.of("B"), null, null, null,
                            List.of(new ChildAnswer("x", Answer.options("B")))), "why", AUTHOR))
                    .expectException(hasFieldError("answer.children", "SCENARIO keys only"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Limits {

        static AuthoredQuestion single(String stem, List<ChoiceOption> options, String explanation, List<String> tags) {
            return new AuthoredQuestion(QuestionType.SINGLE_CHOICE, stem, options, Answer.options("A"), null, null,
                    explanation, tags, null, null);
        }

        static List<ChoiceOption> options(int count) {
            List<ChoiceOption> options = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                options.add(new ChoiceOption(String.valueOf((char) ('A' + i)), "option " + i));
            }
            return options;
        }

        @Test
        void atMostTenOptions() {
            rejected(single("s", options(11), null, null), "options", "at most 10");
            accepted(single("s", options(10), null, null));
        }

        @Test
        void optionTextsHaveAtMost1000Characters() {
            rejected(single("s", List.of(new ChoiceOption("A", "a"), new ChoiceOption("B", "b".repeat(1001))), null,
                    null), "options[1].text", "at most 1000");
            accepted(single("s", List.of(new ChoiceOption("A", "a"), new ChoiceOption("B", "b".repeat(1000))), null, null));
        }

        @Test
        void explanationsHaveAtMost4000Characters() {
            rejected(single("s", options(2), "e".repeat(4001), null), "explanation", "at most 4000");
            accepted(single("s", options(2), "e".repeat(4000), null));
        }

        @Test
        void atMostTwentyTags() {
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                tags.add("topic:t" + i);
            }
            rejected(single("s", options(2), null, tags), "tags", "at most 20");
            accepted(single("s", options(2), null, tags.subList(0, 20)));
        }

        @Test
        void textsMustNotContainNulCharacters() {
            rejected(single("a\u0000b", options(2), null, null), "stem", "NUL");
            rejected(single("s", List.of(new ChoiceOption("A\u0000", "a"), new ChoiceOption("B", "b")), null, null),
                    "options[0].id", "NUL");
            rejected(single("s", options(2), null, List.of("topic:\u0000")), "tags[0]");
        }

        @Test
        void aScenarioChildsStemHasAtMost4000Characters() {
            AuthoredQuestion longStem = new AuthoredQuestion(QuestionType.TRUE_FALSE, "x".repeat(4001), null,
                    Answer.trueFalse(true), null, null, null, null, null, null);
            rejected(scenario(null, List.of(longStem)), "children[0].stem", "at most 4000");
        }
    }
}
