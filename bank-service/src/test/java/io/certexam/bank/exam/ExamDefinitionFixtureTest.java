package io.certexam.bank.exam;

import static io.certexam.bank.FieldErrors.hasFieldError;
import static io.certexam.bank.exam.InMemoryQuestionCatalog.question;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.certexam.bank.question.PublishedQuestion;
import io.certexam.bank.question.QuestionType;
import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.problem.RuleViolationException;

class ExamDefinitionFixtureTest {

    static final String ID = "exam-1";
    static final String AUTHOR = "author-1";
    static final Instant FROM = Instant.parse("2030-01-01T08:00:00Z");
    static final Instant UNTIL = Instant.parse("2030-01-31T18:00:00Z");

    FixtureConfiguration<ExamDefinition> fixture;
    InMemoryQuestionCatalog catalog;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ExamDefinition.class);
        catalog = new InMemoryQuestionCatalog();
        fixture.registerInjectableResource(catalog);
    }

    static SectionDesign fixed(String title, String... questionIds) {
        return new SectionDesign(title, List.of(questionIds), null, null);
    }

    static SectionDesign draw(String title, int count, QuestionType type, String... tags) {
        return new SectionDesign(title, null, new DrawCriteria(count, type, List.of(tags), null, null), null);
    }

    static ExamDesign design(SectionDesign... sections) {
        return new ExamDesign("Store certification", "Read carefully", 30, null, new BigDecimal("60"), 3, 60,
                List.of(sections), true, null, FROM, UNTIL, 12);
    }

    /** {@link #design} as accepted: defaults filled in. */
    static ExamDesign accepted(ExamDesign d) {
        return new ExamDesign(d.title(), d.instructions(), d.timeLimitMinutes(), d.passScore(), d.passPercent(),
                d.maxAttempts(), d.minMinutesBetweenAttempts(), d.sections(), Boolean.TRUE.equals(d.shuffleQuestions()),
                Boolean.TRUE.equals(d.shuffleOptions()), d.availableFrom(), d.availableUntil(),
                d.certificateValidityMonths());
    }

    static ExamDesign withPassMark(BigDecimal score, BigDecimal percent) {
        ExamDesign d = design(fixed("A", "q1"));
        return new ExamDesign(d.title(), d.instructions(), d.timeLimitMinutes(), score, percent, d.maxAttempts(),
                d.minMinutesBetweenAttempts(), d.sections(), d.shuffleQuestions(), d.shuffleOptions(),
                d.availableFrom(), d.availableUntil(), d.certificateValidityMonths());
    }

    static QuestionVersionRef ref(PublishedQuestion q) {
        return new QuestionVersionRef(q.questionId(), q.version());
    }

    @Nested
    class Creating {

        @Test
        void aValidDefinitionIsCreatedWithDefaults() {
            ExamDesign design = design(fixed("Basics", "q1", "q2"), draw("Random", 2, QuestionType.SINGLE_CHOICE,
                    "module:theory"));
            fixture.givenNoPriorActivity()
                    .when(new CreateExam(ID, design, AUTHOR))
                    .expectEvents(new ExamDefinitionCreated(ID, accepted(design), AUTHOR));
        }

        @Test
        void titleIsRequired() {
            ExamDesign d = design(fixed("A", "q1"));
            rejected(new ExamDesign(" ", d.instructions(), d.timeLimitMinutes(), d.passScore(), d.passPercent(),
                    d.maxAttempts(), d.minMinutesBetweenAttempts(), d.sections(), null, null, null, null, null), "title");
        }

        @Test
        void timeLimitIsBetweenOneAndSixHundredMinutes() {
            ExamDesign d = design(fixed("A", "q1"));
            for (Integer bad : Arrays.asList(null, 0, 601)) {
                rejected(new ExamDesign(d.title(), null, bad, d.passScore(), d.passPercent(), null, null, d.sections(),
                        null, null, null, null, null), "timeLimitMinutes");
            }
            for (int good : new int[] {1, 600}) {
                new AggregateTestFixture<>(ExamDefinition.class).givenNoPriorActivity()
                        .when(new CreateExam(ID, new ExamDesign(d.title(), null, good, d.passScore(), d.passPercent(),
                                null, null, d.sections(), null, null, null, null, null), AUTHOR))
                        .expectSuccessfulHandlerExecution();
            }
        }

        @Test
        void exactlyOneOfPassScoreAndPassPercent() {
            rejected(withPassMark(null, null), "passScore");
            rejected(withPassMark(BigDecimal.TEN, new BigDecimal("50")), "passPercent", "not both");
            rejected(withPassMark(null, new BigDecimal("100.5")), "passPercent", "between 0 and 100");
            rejected(withPassMark(null, new BigDecimal("-1")), "passPercent");
            rejected(withPassMark(new BigDecimal("-1"), null), "passScore");
            fixture.givenNoPriorActivity()
                    .when(new CreateExam(ID, withPassMark(new BigDecimal("12.5"), null), AUTHOR))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void atLeastOneSectionIsRequired() {
            rejected(design(), "sections");
        }

        @Test
        void aSectionHasEitherQuestionIdsOrADraw() {
            rejected(design(new SectionDesign("Both", List.of("q1"), new DrawCriteria(1, null, List.of(), null, null),
                    null)), "sections[0]", "exactly one");
            rejected(design(fixed("Ok", "q1"), new SectionDesign("Neither", null, null, null)),
                    "sections[1].questionIds");
            rejected(design(new SectionDesign("Empty", List.of(), null, null)), "sections[0].questionIds");
            rejected(design(new SectionDesign(null, List.of("q1"), null, null)), "sections[0].title");
        }

        @Test
        void aQuestionAppearsOnceInAnExam() {
            rejected(design(fixed("A", "q1", "q2"), fixed("B", "q3", "q1")), "sections[1].questionIds[1]",
                    "already in this exam");
            rejected(design(fixed("A", "q1", "q1")), "sections[0].questionIds[1]");
        }

        @Test
        void aDrawTakesAtLeastOneQuestionOfASupportedTypeWithValidTags() {
            rejected(design(draw("D", 0, null)), "sections[0].draw.count");
            rejected(design(new SectionDesign("D", null, new DrawCriteria(null, null, null, null, null), null)),
                    "sections[0].draw.count");
            rejected(design(draw("D", 1, null, "notatag")), "sections[0].draw.tags[0]");
            rejected(design(new SectionDesign("D", null, new DrawCriteria(1, null, null, 4, 2), null)),
                    "sections[0].draw.maxDifficulty");
        }

        @Test
        void policiesAreWithinRange() {
            ExamDesign d = design(new SectionDesign("A", List.of("q1"), null, BigDecimal.ZERO));
            fixture.givenNoPriorActivity()
                    .when(new CreateExam(ID, new ExamDesign(d.title(), null, 30, null, BigDecimal.TEN, 0, -1,
                            d.sections(), null, null, UNTIL, FROM, 0), AUTHOR))
                    .expectException(allOf(hasFieldError("maxAttempts"), hasFieldError("minMinutesBetweenAttempts"),
                            hasFieldError("availableUntil"), hasFieldError("certificateValidityMonths"),
                            hasFieldError("sections[0].pointsPerQuestion")))
                    .expectNoEvents();
        }

        private void rejected(ExamDesign design, String field) {
            rejected(design, field, "");
        }

        private void rejected(ExamDesign design, String field, String message) {
            new AggregateTestFixture<>(ExamDefinition.class).givenNoPriorActivity()
                    .when(new CreateExam(ID, design, AUTHOR))
                    .expectException(InvalidInputException.class)
                    .expectException(hasFieldError(field, message))
                    .expectNoEvents();
        }
    }

    @Nested
    class Publishing {

        final PublishedQuestion q1 = question("q1", 1, QuestionType.SINGLE_CHOICE, List.of("module:theory"), 1);
        final PublishedQuestion q2 = question("q2", 3, QuestionType.TRUE_FALSE, List.of("module:theory"), 2);
        final PublishedQuestion p1 = question("p1", 2, QuestionType.SINGLE_CHOICE, List.of("module:practice"), 2);
        final PublishedQuestion p2 = question("p2", 1, QuestionType.SINGLE_CHOICE,
                List.of("module:practice", "topic:returns"), 4);
        final PublishedQuestion p3 = question("p3", 1, QuestionType.MULTIPLE_CHOICE, List.of("module:practice"), 3);

        @Test
        void freezesTheLatestPublishedVersionsAndTheDrawPools() {
            catalog.published(q1).published(q2).published(p1).published(p2).published(p3);
            ExamDesign design = accepted(design(fixed("Fixed", "q2", "q1"),
                    draw("Drawn", 2, QuestionType.SINGLE_CHOICE, "module:practice")));
            fixture.given(new ExamDefinitionCreated(ID, design, AUTHOR))
                    .when(new PublishExam(ID, "author-2"))
                    .expectEvents(new ExamDefinitionPublished(ID, 1, design, List.of(
                            new FrozenSection("Fixed", List.of(ref(q2), ref(q1)), null, List.of(), null),
                            new FrozenSection("Drawn", List.of(), design.sections().get(1).draw(),
                                    List.of(ref(p1), ref(p2)), null)),
                            List.of(q2, q1, p1, p2), "author-2"))
                    .expectResultMessagePayload(1);
        }

        @Test
        void aDrawMatchesAllTagsAndTheDifficultyRange() {
            catalog.published(p1).published(p2).published(p3);
            DrawCriteria criteria = new DrawCriteria(1, null, List.of("module:practice"), 3, 5);
            ExamDesign design = accepted(design(new SectionDesign("Hard", null, criteria, BigDecimal.TEN)));
            fixture.given(new ExamDefinitionCreated(ID, design, AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectEvents(new ExamDefinitionPublished(ID, 1, design, List.of(
                            new FrozenSection("Hard", List.of(), criteria, List.of(ref(p2), ref(p3)), BigDecimal.TEN)),
                            List.of(p2, p3), AUTHOR));
        }

        @Test
        void questionsFixedInTheExamAreLeftOutOfItsDrawPools() {
            catalog.published(p1).published(p2);
            ExamDesign design = accepted(design(fixed("Fixed", "p1"),
                    draw("Drawn", 1, QuestionType.SINGLE_CHOICE, "module:practice")));
            fixture.given(new ExamDefinitionCreated(ID, design, AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectEvents(new ExamDefinitionPublished(ID, 1, design, List.of(
                            new FrozenSection("Fixed", List.of(ref(p1)), null, List.of(), null),
                            new FrozenSection("Drawn", List.of(), design.sections().get(1).draw(), List.of(ref(p2)),
                                    null)),
                            List.of(p1, p2), AUTHOR));
        }

        @Test
        void aDraftQuestionBlocksPublishingAndIsNamed() {
            catalog.published(q1).draftOnly("q2");
            fixture.given(new ExamDefinitionCreated(ID, accepted(design(fixed("Basics", "q1", "q2"))), AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString(
                            "section 1 (Basics): question q2 has no published version (it is a draft)"))
                    .expectNoEvents();
        }

        @Test
        void unknownAndRetiredQuestionsBlockPublishing() {
            catalog.published(q1).retired(q2);
            fixture.given(new ExamDefinitionCreated(ID, accepted(design(fixed("A", "q1"), fixed("B", "q2", "nope"))),
                            AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(allOf(containsString("section 2 (B): question q2 is retired"),
                            containsString("section 2 (B): question nope does not exist")))
                    .expectNoEvents();
        }

        @Test
        void anUnsatisfiableDrawBlocksPublishingAndIsNamed() {
            catalog.published(p1).published(p2).retired(
                    question("p9", 1, QuestionType.SINGLE_CHOICE, List.of("module:practice"), 1));
            fixture.given(new ExamDefinitionCreated(ID,
                            accepted(design(draw("Practice", 3, QuestionType.SINGLE_CHOICE, "module:practice"))), AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("section 1 (Practice): the draw needs 3 SINGLE_CHOICE "
                            + "questions tagged module:practice but only 2 published ones match"))
                    .expectNoEvents();
        }

        @Test
        void publishingAgainConflicts() {
            catalog.published(q1);
            ExamDesign design = accepted(design(fixed("A", "q1")));
            fixture.given(new ExamDefinitionCreated(ID, design, AUTHOR),
                            new ExamDefinitionPublished(ID, 1, design, List.of(), List.of(q1), AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("already published"))
                    .expectNoEvents();
        }

        @Test
        void aRetiredExamCannotBePublished() {
            ExamDesign design = accepted(design(fixed("A", "q1")));
            fixture.given(new ExamDefinitionCreated(ID, design, AUTHOR),
                            new ExamDefinitionPublished(ID, 1, design, List.of(), List.of(q1), AUTHOR),
                            new ExamDefinitionRetired(ID, 1, AUTHOR))
                    .when(new PublishExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("retired"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Retiring {

        final ExamDesign design = accepted(design(fixed("A", "q1")));

        @Test
        void aPublishedExamIsRetired() {
            fixture.given(new ExamDefinitionCreated(ID, design, AUTHOR),
                            new ExamDefinitionPublished(ID, 1, design, new ArrayList<>(), List.of(), AUTHOR))
                    .when(new RetireExam(ID, AUTHOR))
                    .expectEvents(new ExamDefinitionRetired(ID, 1, AUTHOR))
                    .expectResultMessagePayload(1);
        }

        @Test
        void aDraftExamCannotBeRetired() {
            fixture.given(new ExamDefinitionCreated(ID, design, AUTHOR))
                    .when(new RetireExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectExceptionMessage(containsString("never published"))
                    .expectNoEvents();
        }

        @Test
        void retiringTwiceConflicts() {
            fixture.given(new ExamDefinitionCreated(ID, design, AUTHOR),
                            new ExamDefinitionPublished(ID, 1, design, List.of(), List.of(), AUTHOR),
                            new ExamDefinitionRetired(ID, 1, AUTHOR))
                    .when(new RetireExam(ID, AUTHOR))
                    .expectException(RuleViolationException.class)
                    .expectNoEvents();
        }
    }
}
