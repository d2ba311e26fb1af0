package io.certexam.bank.exam;

import static io.certexam.bank.FieldErrors.hasFieldError;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.certexam.bank.question.ChoiceOption;
import io.certexam.bank.question.OpenResponseKind;
import io.certexam.bank.question.PublishedQuestion;
import io.certexam.bank.question.QuestionType;
import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.problem.RuleViolationException;

/** Revising and republishing exams, draws taken together, pass scores against the maximum, scenarios. */
class ExamBlueprintRulesFixtureTest {

    static final String ID = "exam-2";
    static final String AUTHOR = "author-1";

    FixtureConfiguration<ExamDefinition> fixture;
    InMemoryQuestionCatalog catalog;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ExamDefinition.class);
        catalog = new InMemoryQuestionCatalog();
        fixture.registerInjectableResource(catalog);
    }

    static ExamDesign design(BigDecimal passScore, BigDecimal passPercent, SectionDesign... sections) {
        return new ExamDesign("Blueprint", null, 45, passScore, passPercent, null, null, List.of(sections), false,
                false, null, null, null);
    }

    static ExamDesign design(SectionDesign... sections) {
        return design(null, new BigDecimal("60"), sections);
    }

    static SectionDesign fixed(String title, BigDecimal pointsPerQuestion, String... ids) {
        return new SectionDesign(title, List.of(ids), null, pointsPerQuestion);
    }

    static SectionDesign draw(String title, int count, QuestionType type, BigDecimal pointsPerQuestion, String... tags) {
        return new SectionDesign(title, null, new DrawCriteria(count, type, List.of(tags), null, null), pointsPerQuestion);
    }

    static PublishedQuestion worth(String id, String points, String... tags) {
        return new PublishedQuestion(id, 1, QuestionType.SINGLE_CHOICE, "stem " + id,
                List.of(new ChoiceOption("A", "a"), new ChoiceOption("B", "b")), new BigDecimal(points), null,
                List.of(tags), 2, "zh");
    }

    static PublishedQuestion scenario(String id, String... tags) {
        PublishedQuestion first = new PublishedQuestion(id + "-1", 1, QuestionType.TRUE_FALSE, "true?", List.of(),
                BigDecimal.ONE, null, null, null, null, List.of(), null, "zh");
        PublishedQuestion second = new PublishedQuestion(id + "-2", 1, QuestionType.OPEN_RESPONSE, "why?", List.of(),
                new BigDecimal("4"), null, OpenResponseKind.SHORT_ANSWER, 5000, null, List.of(), null, "zh");
        return new PublishedQuestion(id, 1, QuestionType.SCENARIO, "case " + id, List.of(), new BigDecimal("5"), null,
                null, null, List.of(first, second), List.of(tags), 3, "zh");
    }

    static QuestionVersionRef ref(PublishedQuestion q) {
        return new QuestionVersionRef(q.questionId(), q.version());
    }

    static ExamDesign accepted(ExamDesign d) {
        return ExamRules.accepted(d);
    }

    @Nested
    class Revising {

        final ExamDesign first = accepted(design(fixed("A", null, "q1")));
        final ExamDesign second = accepted(design(fixed("A", null, "q1", "q2")));

        @Test
        void aDraftIsReplaced() {
            fixture.given(new ExamDefinitionCreated(ID, first, AUTHOR))
                    .when(new ReviseExam(ID, design(fixed("A", null, "q1", "q2")), "author-2"))
                    .expectEvents(new ExamDefinitionRevised(ID, second, "author-2"))
                    .expectResultMessagePayload(new ExamState(null, ExamStatus.DRAFT, false));
        }

        @Test
        void theSameDesignChangesNothing() {
            fixture.given(new ExamDefinitionCreated(ID, first, AUTHOR))
                    .when(new ReviseExam(ID, design(fixed("A", null, "q1")), AUTHOR))
                    .expectNoEvents()
                    .expectResultMessagePayload(new ExamState(null, ExamStatus.DRAFT, false));
        }

        @Test
        void aPublishedExamIsEditedTowardsItsNextVersion() {
            fixture.given(new ExamDefinitionCreated(ID, first, AUTHOR),
                            new ExamDefinitionPublished(ID, 1, first, List.of(), List.of(), AUTHOR))
                    .when(new ReviseExam(ID, design(fixed("A", null, "q1", "q2")), AUTHOR))
                    .expectEvents(new ExamDefinitionRevised(ID, second, AUTHOR))
                    .expectResultMessagePayload(new ExamState(1, ExamStatus.PUBLISHED, true));
        }

        @Test
        void anInvalidRevisionIsRejectedFieldByField() {
            fixture.given(new ExamDefinitionCreated(ID, first, AUTHOR))
                    .when(new ReviseExam(ID, design(fixed("A", null, "q1", "q1")), AUTHOR))
                    .expectException(hasFieldError("sections[0].questionIds[1]"))
                    .expectNoEvents();
        }

        @Test
        void aRetiredExamCannotBeRevised() {
            fixture.given(new ExamDefinitionCreated(ID, first, AUTHOR),
                            new ExamDefinitionPublished(ID, 1, first, List.of(), List.of(), AUTHOR),
                            new ExamDefinitionRetired(ID, 1, AUTHOR))
                    .when(new ReviseExam(ID, design(fixed("A", null, "q1", "q2")), AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("retired"))
                    .expectNoEvents();
        }

        @Test
        void anEditedExamIsPublishedAsTheNextVersion() {
            PublishedQuestion q1 = worth("q1", "1");
            PublishedQuestion q2 = worth("q2", "1");
            catalog.published(q1).published(q2);
            fixture.given(new ExamDefinitionCreated(ID, first, AUTHOR),
                            new ExamDefinitionPublished(ID, 1, first, List.of(), List.of(q1), AUTHOR),
                            new ExamDefinitionRevised(ID, second, AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectEvents(new ExamDefinitionPublished(ID, 2, second, List.of(
                            new FrozenSection("A", List.of(ref(q1), ref(q2)), null, List.of(), null)),
                            List.of(q1, q2), AUTHOR))
                    .expectResultMessagePayload(2);
        }

        @Test
        void anExamEditedBackToItsPublishedDesignHasNothingNewToPublish() {
            fixture.given(new ExamDefinitionCreated(ID, first, AUTHOR),
                            new ExamDefinitionPublished(ID, 1, first, List.of(), List.of(), AUTHOR),
                            new ExamDefinitionRevised(ID, second, AUTHOR),
                            new ExamDefinitionRevised(ID, first, AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("already published"))
                    .expectNoEvents();
        }
    }

    @Nested
    class DrawsTakenTogether {

        @Test
        void aLaterDrawMustSurviveWhatEarlierDrawsMayTakeFromItsPool() {
            // section 1 may draw x, leaving section 2 (which only matches x) empty-handed
            catalog.published(worth("x", "1", "pool:wide", "pool:narrow")).published(worth("y", "1", "pool:wide"));
            fixture.given(new ExamDefinitionCreated(ID, accepted(design(
                            draw("Wide", 1, null, null, "pool:wide"), draw("Narrow", 1, null, null, "pool:narrow"))),
                            AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(allOf(containsString("section 2 (Narrow): the draw needs 1 questions tagged "
                                    + "pool:narrow; 1 published ones match, but the draws of section 1 (Wide) before it "
                                    + "may take up to 1 of them"),
                            not(containsString("section 1 (Wide)" + ": the draw"))))
                    .expectNoEvents();
        }

        @Test
        void theNarrowDrawFirstIsSatisfiable() {
            PublishedQuestion x = worth("x", "1", "pool:wide", "pool:narrow");
            PublishedQuestion y = worth("y", "1", "pool:wide");
            catalog.published(x).published(y);
            ExamDesign design = accepted(design(draw("Narrow", 1, null, null, "pool:narrow"),
                    draw("Wide", 1, null, null, "pool:wide")));
            fixture.given(new ExamDefinitionCreated(ID, design, AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectEvents(new ExamDefinitionPublished(ID, 1, design, List.of(
                            new FrozenSection("Narrow", List.of(), design.sections().get(0).draw(), List.of(ref(x)), null),
                            new FrozenSection("Wide", List.of(), design.sections().get(1).draw(), List.of(ref(x), ref(y)),
                                    null)),
                            List.of(x, y), AUTHOR));
        }

        @Test
        void severalEarlierDrawsTakeNoMoreThanTheirOverlapHolds() {
            catalog.published(worth("a", "1", "pool:abc", "pool:abcd")).published(worth("b", "1", "pool:abc", "pool:abcd"))
                    .published(worth("c", "1", "pool:abc", "pool:abcd")).published(worth("d", "1", "pool:abcd"));
            // 2 of abc, then 2 of abcd: fine, since at most 2 of abcd can be gone
            fixture.given(new ExamDefinitionCreated(ID, accepted(design(draw("First", 2, null, null, "pool:abc"),
                            draw("Second", 2, null, null, "pool:abcd"))), AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectSuccessfulHandlerExecution();
            // a third draw from abcd could find all four gone
            new AggregateTestFixture<>(ExamDefinition.class).registerInjectableResource(catalog)
                    .given(new ExamDefinitionCreated(ID, accepted(design(draw("First", 2, null, null, "pool:abc"),
                            draw("Second", 2, null, null, "pool:abcd"), draw("Third", 1, null, null, "pool:abcd"))),
                            AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("section 3 (Third): the draw needs 1 questions tagged "
                            + "pool:abcd; 4 published ones match, but the draws of section 1 (First), section 2 (Second) "
                            + "before it may take up to 4 of them"));
        }

        @Test
        void drawsOfEveryTypeAreAllowed() {
            PublishedQuestion s = scenario("s1", "pool:case");
            catalog.published(s);
            ExamDesign design = accepted(design(draw("Cases", 1, QuestionType.SCENARIO, null, "pool:case")));
            fixture.given(new ExamDefinitionCreated(ID, design, AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectEvents(new ExamDefinitionPublished(ID, 1, design, List.of(new FrozenSection("Cases", List.of(),
                            design.sections().get(0).draw(), List.of(ref(s)), null)), List.of(s), AUTHOR));
            new AggregateTestFixture<>(ExamDefinition.class).givenNoPriorActivity()
                    .when(new CreateExam(ID, design(draw("Essays", 2, QuestionType.OPEN_RESPONSE, null)), AUTHOR))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class PassScores {

        @Test
        void aPassScoreAboveAKnownMaximumIsRefusedAtCreation() {
            // 2 x 5 + 3 x 2 = 16 points, known without the bank
            rejected(design(new BigDecimal("16.5"), null, fixed("A", new BigDecimal("5"), "q1", "q2"),
                    draw("B", 3, null, new BigDecimal("2"))), "passScore", "16 points");
            new AggregateTestFixture<>(ExamDefinition.class).givenNoPriorActivity()
                    .when(new CreateExam(ID, design(new BigDecimal("16"), null, fixed("A", new BigDecimal("5"), "q1", "q2"),
                            draw("B", 3, null, new BigDecimal("2"))), AUTHOR))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aPassScoreAboveThePapersMaximumIsRefusedAtPublication() {
            catalog.published(worth("q1", "2")).published(worth("q2", "1.5"))
                    .published(worth("p1", "3", "pool:same")).published(worth("p2", "3", "pool:same"));
            // 2 + 1.5 + 1 x 3 = 6.5
            fixture.given(new ExamDefinitionCreated(ID, accepted(design(new BigDecimal("7"), null,
                            fixed("A", null, "q1", "q2"), draw("B", 1, null, null, "pool:same"))), AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("the pass score 7 is more than the 6.5 points every paper"))
                    .expectNoEvents();
            new AggregateTestFixture<>(ExamDefinition.class).registerInjectableResource(catalog)
                    .given(new ExamDefinitionCreated(ID, accepted(design(new BigDecimal("6.5"), null,
                            fixed("A", null, "q1", "q2"), draw("B", 1, null, null, "pool:same"))), AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aPaperWhoseMaximumDependsOnTheDrawIsNotChecked() {
            catalog.published(worth("p1", "1", "pool:mixed")).published(worth("p2", "10", "pool:mixed"));
            fixture.given(new ExamDefinitionCreated(ID, accepted(design(new BigDecimal("5"), null,
                            draw("B", 1, null, null, "pool:mixed"))), AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void passScoreAndPointsPerQuestionHaveAtMostTwoDecimals() {
            rejected(design(new BigDecimal("1.005"), null, fixed("A", null, "q1")), "passScore", "decimal");
            rejected(design(fixed("A", new BigDecimal("0.125"), "q1")), "sections[0].pointsPerQuestion", "decimal");
            rejected(design(fixed("A", new BigDecimal("1000.5"), "q1")), "sections[0].pointsPerQuestion", "at most");
        }
    }

    @Nested
    class Limits {

        @Test
        void atMostFiftySectionsAndFiveHundredQuestionsPerSectionOrDraw() {
            SectionDesign[] many = new SectionDesign[51];
            for (int i = 0; i < many.length; i++) {
                many[i] = fixed("S" + i, null, "q" + i);
            }
            rejected(design(many), "sections", "at most 50");
            rejected(design(draw("D", 501, null, null)), "sections[0].draw.count", "at most 500");
            String[] ids = new String[501];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = "q" + i;
            }
            rejected(design(fixed("A", null, ids)), "sections[0].questionIds", "at most 500");
        }
    }

    @Nested
    class ScenariosAndPointsPerQuestion {

        @Test
        void aScenarioIsFrozenWithItsChildren() {
            PublishedQuestion s = scenario("s1");
            catalog.published(s);
            ExamDesign design = accepted(design(fixed("Case", null, "s1")));
            fixture.given(new ExamDefinitionCreated(ID, design, AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectEvents(new ExamDefinitionPublished(ID, 1, design,
                            List.of(new FrozenSection("Case", List.of(ref(s)), null, List.of(), null)), List.of(s), AUTHOR));
        }

        @Test
        void pointsPerQuestionCannotApplyToAScenarioDraw() {
            rejected(design(draw("Cases", 1, QuestionType.SCENARIO, BigDecimal.TEN)), "sections[0].pointsPerQuestion",
                    "SCENARIO");
        }

        @Test
        void pointsPerQuestionCannotApplyToAFixedScenario() {
            catalog.published(scenario("s1")).published(worth("q1", "1"));
            fixture.given(new ExamDefinitionCreated(ID, accepted(design(fixed("Mixed", BigDecimal.TEN, "q1", "s1"))),
                            AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("section 1 (Mixed): pointsPerQuestion cannot apply to "
                            + "question s1, a SCENARIO"))
                    .expectNoEvents();
        }

        @Test
        void pointsPerQuestionCannotApplyToAPoolWithScenarios() {
            catalog.published(scenario("s1", "pool:any")).published(worth("q1", "1", "pool:any"));
            fixture.given(new ExamDefinitionCreated(ID, accepted(design(draw("Any", 1, null, BigDecimal.ONE, "pool:any"))),
                            AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("the pool holds s1; give the draw a type"))
                    .expectNoEvents();
        }
    }

    private void rejected(ExamDesign design, String field, String message) {
        new AggregateTestFixture<>(ExamDefinition.class).givenNoPriorActivity()
                .when(new CreateExam(ID, design, AUTHOR))
                .expectException(InvalidInputException.class)
                .expectException(hasFieldError(field, message))
                .expectNoEvents();
    }

    private void rejected(ExamDesign design, String field) {
        rejected(design, field, "");
    }
}
