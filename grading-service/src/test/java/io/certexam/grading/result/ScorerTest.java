package io.certexam.grading.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.certexam.contracts.bank.AnswerKey;
import io.certexam.grading.exam.ExamPolicy;
import io.certexam.grading.key.AnswerKeyRevision;
import io.certexam.grading.key.KeyRef;

class ScorerTest {

    @Nested
    class SingleChoice {

        GradableItem item = item("q1", "SINGLE_CHOICE", "2", List.of("A", "B", "C", "D"));
        AnswerKey key = choiceKey("q1", "SINGLE_CHOICE", null, "B");

        @Test
        void theKeyedOptionEarnsFullPoints() {
            assertScore(Scorer.scoreItem(item, key, 0, answers("q1", "B")), "2.00", "2.00", false);
        }

        @Test
        void anotherOptionEarnsNothing() {
            assertScore(Scorer.scoreItem(item, key, 0, answers("q1", "C")), "0.00", "2.00", false);
        }

        @Test
        void choosingTheKeyAndMoreEarnsNothing() {
            assertScore(Scorer.scoreItem(item, key, 0, answers("q1", "B", "C")), "0.00", "2.00", false);
        }

        @Test
        void noResponseIsOmittedAndScoresZero() {
            assertScore(Scorer.scoreItem(item, key, 0, Map.of()), "0.00", "2.00", true);
            assertScore(Scorer.scoreItem(item, key, 0, answers("q1")), "0.00", "2.00", true);
        }

        @Test
        void recordsTheKeyRevisionUsed() {
            assertThat(Scorer.scoreItem(item, key, 3, answers("q1", "B")).keyRevision()).isEqualTo(3);
        }

        @Test
        void pointsComeFromThePaperNotTheKey() {
            // the key says 1 point; the exam's section made it worth 2.5 on this paper
            GradableItem overridden = item("q1", "SINGLE_CHOICE", "2.5", List.of("A", "B"));
            assertScore(Scorer.scoreItem(overridden, key, 0, answers("q1", "B")), "2.50", "2.50", false);
        }
    }

    @Nested
    class TrueFalse {

        GradableItem item = item("t1", "TRUE_FALSE", "1", null);
        AnswerKey key = new AnswerKey("t1", "TRUE_FALSE", BigDecimal.ONE, null, null, true, null, null, null);

        @Test
        void matchingValueEarnsThePoint() {
            assertScore(Scorer.scoreItem(item, key, 0, Map.of("t1", new Answer(null, true, null))), "1.00", "1.00", false);
        }

        @Test
        void otherValueEarnsNothing() {
            assertScore(Scorer.scoreItem(item, key, 0, Map.of("t1", new Answer(null, false, null))), "0.00", "1.00", false);
        }

        @Test
        void noValueIsOmitted() {
            assertScore(Scorer.scoreItem(item, key, 0, Map.of("t1", new Answer(null, null, null))), "0.00", "1.00", true);
        }
    }

    @Nested
    class MultipleChoiceAllOrNothing {

        GradableItem item = item("m1", "MULTIPLE_CHOICE", "3", List.of("A", "B", "C", "D"));
        AnswerKey key = choiceKey("m1", "MULTIPLE_CHOICE", "ALL_OR_NOTHING", "A", "B", "C");

        @Test
        void exactlyTheKeyedOptionsInAnyOrderEarnFullPoints() {
            assertScore(Scorer.scoreItem(item, key, 0, answers("m1", "C", "A", "B")), "3.00", "3.00", false);
        }

        @Test
        void missingOneEarnsNothing() {
            assertScore(Scorer.scoreItem(item, key, 0, answers("m1", "A", "B")), "0.00", "3.00", false);
        }

        @Test
        void noPolicyMeansAllOrNothing() {
            AnswerKey unspecified = choiceKey("m1", "MULTIPLE_CHOICE", null, "A", "B", "C");
            assertScore(Scorer.scoreItem(item, unspecified, 0, answers("m1", "A", "B")), "0.00", "3.00", false);
        }
    }

    @Nested
    class MultipleChoicePartialNoWrong {

        GradableItem item = item("m1", "MULTIPLE_CHOICE", "3", List.of("A", "B", "C", "D"));
        AnswerKey key = choiceKey("m1", "MULTIPLE_CHOICE", "PARTIAL_NO_WRONG", "A", "B", "C");

        @Test
        void twoOfThreeCorrectEarnTwoThirdsOfThreePointsExactly() {
            // 3 × 2/3 = 2.00, not 1.99 or 2.01
            assertScore(Scorer.scoreItem(item, key, 0, answers("m1", "A", "C")), "2.00", "3.00", false);
        }

        @Test
        void oneOfThreeCorrectRoundsHalfUpAtTheItem() {
            // 2 × 1/3 = 0.666… → 0.67
            GradableItem twoPoints = item("m1", "MULTIPLE_CHOICE", "2", List.of("A", "B", "C", "D"));
            assertScore(Scorer.scoreItem(twoPoints, key, 0, answers("m1", "B")), "0.67", "2.00", false);
        }

        @Test
        void allCorrectEarnFullPoints() {
            assertScore(Scorer.scoreItem(item, key, 0, answers("m1", "A", "B", "C")), "3.00", "3.00", false);
        }

        @Test
        void anyWrongOptionLosesEverything() {
            assertScore(Scorer.scoreItem(item, key, 0, answers("m1", "A", "B", "D")), "0.00", "3.00", false);
        }
    }

    @Nested
    class MultipleChoicePerOption {

        // four options worth 2/4 = 0.50 each
        GradableItem item = item("m1", "MULTIPLE_CHOICE", "2", List.of("A", "B", "C", "D"));
        AnswerKey key = choiceKey("m1", "MULTIPLE_CHOICE", "PER_OPTION", "A", "B");

        @Test
        void everyDecisionRightEarnsFullPoints() {
            assertScore(Scorer.scoreItem(item, key, 0, answers("m1", "A", "B")), "2.00", "2.00", false);
        }

        @Test
        void aMissedCorrectOptionIsAWrongDecision() {
            // A right, B wrong (not chosen), C right, D right: 3 × 0.50 − 1 × 0.50 = 1.00
            assertScore(Scorer.scoreItem(item, key, 0, answers("m1", "A")), "1.00", "2.00", false);
        }

        @Test
        void rightAndWrongDecisionsCancelOut() {
            // A right, B wrong, C wrong (chosen), D right: 2 × 0.50 − 2 × 0.50 = 0
            assertScore(Scorer.scoreItem(item, key, 0, answers("m1", "A", "C")), "0.00", "2.00", false);
        }

        @Test
        void neverBelowZero() {
            // every decision wrong: −2.00 floored at 0
            assertScore(Scorer.scoreItem(item, key, 0, answers("m1", "C", "D")), "0.00", "2.00", false);
        }

        @Test
        void sharesAreRoundedOnlyAtTheItem() {
            // 3 options worth 1/3 each; two right, one wrong: 1 × 1/3 = 0.333… → 0.33
            GradableItem three = item("m1", "MULTIPLE_CHOICE", "1", List.of("A", "B", "C"));
            assertScore(Scorer.scoreItem(three, key, 0, answers("m1", "A")), "0.33", "1.00", false);
        }
    }

    @Nested
    class OtherTypes {

        @Test
        void anAnsweredOpenResponseWaitsForAGrader() {
            GradableItem essay = item("o1", "OPEN_RESPONSE", "10", null);
            AnswerKey key = new AnswerKey("o1", "OPEN_RESPONSE", BigDecimal.TEN, null, null, null, "model answer",
                    List.of(), null);
            ItemGrade grade = Scorer.scoreItem(essay, key, 0, Map.of("o1", new Answer(null, null, "my essay")));
            assertThat(grade.score()).isNull();
            assertThat(grade.maxScore()).isEqualByComparingTo("10");
            assertThat(grade.omitted()).isFalse();
        }

        @Test
        void anUnansweredOpenResponseIsOmittedWithZero() {
            GradableItem essay = item("o1", "OPEN_RESPONSE", "10", null);
            AnswerKey key = new AnswerKey("o1", "OPEN_RESPONSE", BigDecimal.TEN, null, null, null, "model", List.of(), null);
            assertScore(Scorer.scoreItem(essay, key, 0, Map.of("o1", new Answer(null, null, "  "))), "0.00", "10.00", true);
        }

        @Test
        void aScenarioIsTheSumOfItsChildren() {
            GradableItem scenario = new GradableItem("s1", "s1", 1, "SCENARIO", new BigDecimal("3"), null, List.of(
                    new GradableItem("s1-a", "s1", 1, "SINGLE_CHOICE", new BigDecimal("1"), List.of("A", "B"), null),
                    new GradableItem("s1-b", "s1", 1, "TRUE_FALSE", new BigDecimal("2"), null, null)));
            AnswerKey key = new AnswerKey("s1", "SCENARIO", new BigDecimal("3"), null, null, null, null, null, List.of(
                    choiceKey("s1-a", "SINGLE_CHOICE", null, "A"),
                    new AnswerKey("s1-b", "TRUE_FALSE", new BigDecimal("2"), null, null, false, null, null, null)));

            ItemGrade grade = Scorer.scoreItem(scenario, key, 1, Map.of(
                    "s1-a", new Answer(List.of("A"), null, null), "s1-b", new Answer(null, true, null)));

            assertScore(grade, "1.00", "3.00", false);
            assertThat(grade.children()).extracting(ItemGrade::score)
                    .containsExactly(new BigDecimal("1.00"), new BigDecimal("0.00"));
        }
    }

    @Nested
    class Paper {

        List<GradableSection> sections = List.of(
                new GradableSection("Part 1", List.of(
                        item("q1", "SINGLE_CHOICE", "2", List.of("A", "B", "C")),
                        item("q2", "MULTIPLE_CHOICE", "3", List.of("A", "B", "C", "D")))),
                new GradableSection("Part 2", List.of(
                        item("q3", "TRUE_FALSE", "1", null),
                        item("q4", "SINGLE_CHOICE", "2", List.of("A", "B")))));
        Map<KeyRef, AnswerKeyRevision> keys = Map.of(
                ref("q1"), revision("q1", 0, choiceKey("q1", "SINGLE_CHOICE", null, "B")),
                ref("q2"), revision("q2", 1, choiceKey("q2", "MULTIPLE_CHOICE", "PARTIAL_NO_WRONG", "A", "B", "C")),
                ref("q3"), revision("q3", 0, new AnswerKey("q3", "TRUE_FALSE", BigDecimal.ONE, null, null, true, null, null, null)),
                ref("q4"), revision("q4", 0, choiceKey("q4", "SINGLE_CHOICE", null, "A")));
        Map<String, Answer> answers = Map.of(
                "q1", new Answer(List.of("B"), null, null),
                "q2", new Answer(List.of("A", "C"), null, null),
                "q3", new Answer(null, false, null));

        @Test
        void totalsSectionsAndPercentAddUpFromTheItems() {
            PaperGrade grade = Scorer.gradePaper(sections, keys, answers, policy(null, null));

            // q1 2.00 + q2 3 × 2/3 = 2.00 + q3 0 + q4 omitted 0 = 4.00 of 8.00 = 50.00 %
            assertThat(grade.status()).isEqualTo(ResultStatus.FINAL);
            assertThat(grade.score()).isEqualTo(new BigDecimal("4.00"));
            assertThat(grade.maxScore()).isEqualTo(new BigDecimal("8.00"));
            assertThat(grade.percent()).isEqualTo(new BigDecimal("50.00"));
            assertThat(grade.sections()).containsExactly(
                    new SectionGrade("Part 1", new BigDecimal("4.00"), new BigDecimal("5.00")),
                    new SectionGrade("Part 2", new BigDecimal("0.00"), new BigDecimal("3.00")));
            assertThat(grade.items()).extracting(ItemGrade::itemId, ItemGrade::keyRevision, ItemGrade::omitted)
                    .containsExactly(
                            tuple("q1", 0, false),
                            tuple("q2", 1, false),
                            tuple("q3", 0, false),
                            tuple("q4", 0, true));
        }

        @Test
        void passScoreIsInPoints() {
            assertThat(Scorer.gradePaper(sections, keys, answers, policy("4", null)).passed()).isTrue();
            assertThat(Scorer.gradePaper(sections, keys, answers, policy("4.01", null)).passed()).isFalse();
        }

        @Test
        void passScoreWinsOverPassPercent() {
            assertThat(Scorer.gradePaper(sections, keys, answers, policy("5", "10")).passed()).isFalse();
        }

        @Test
        void passPercentComparesTheExactRatio() {
            assertThat(Scorer.gradePaper(sections, keys, answers, policy(null, "50")).passed()).isTrue();
            assertThat(Scorer.gradePaper(sections, keys, answers, policy(null, "50.01")).passed()).isFalse();
        }

        @Test
        void withoutAPassMarkNobodyPasses() {
            assertThat(Scorer.gradePaper(sections, keys, answers, policy(null, null)).passed()).isFalse();
        }

        @Test
        void anItemWaitingForAGraderKeepsTheResultOpenAndNotPassed() {
            List<GradableSection> withEssay = List.of(new GradableSection("Only", List.of(
                    item("q1", "SINGLE_CHOICE", "2", List.of("A", "B", "C")), item("o1", "OPEN_RESPONSE", "5", null))));
            Map<KeyRef, AnswerKeyRevision> essayKeys = Map.of(
                    ref("q1"), keys.get(ref("q1")),
                    ref("o1"), revision("o1", 0, new AnswerKey("o1", "OPEN_RESPONSE", BigDecimal.TEN, null, null, null,
                            "model", List.of(), null)));
            PaperGrade grade = Scorer.gradePaper(withEssay, essayKeys,
                    Map.of("q1", new Answer(List.of("B"), null, null), "o1", new Answer(null, null, "text")),
                    policy("1", null));

            assertThat(grade.status()).isEqualTo(ResultStatus.AWAITING_MANUAL_GRADING);
            assertThat(grade.score()).isEqualTo(new BigDecimal("2.00"));
            assertThat(grade.maxScore()).isEqualTo(new BigDecimal("7.00"));
            assertThat(grade.passed()).isFalse();
        }
    }

    static GradableItem item(String id, String type, String points, List<String> options) {
        return new GradableItem(id, id, 1, type, new BigDecimal(points), options, null);
    }

    static AnswerKey choiceKey(String id, String type, String policy, String... correct) {
        return new AnswerKey(id, type, BigDecimal.ONE, policy, List.of(correct), null, null, null, null);
    }

    static Map<String, Answer> answers(String itemId, String... chosen) {
        return Map.of(itemId, new Answer(List.of(chosen), null, null));
    }

    static KeyRef ref(String questionId) {
        return new KeyRef(questionId, 1);
    }

    static AnswerKeyRevision revision(String questionId, int keyRevision, AnswerKey key) {
        return new AnswerKeyRevision(ref(questionId), keyRevision, key);
    }

    static ExamPolicy policy(String passScore, String passPercent) {
        return new ExamPolicy("e1", 1, "Exam", passScore == null ? null : new BigDecimal(passScore),
                passPercent == null ? null : new BigDecimal(passPercent));
    }

    private static void assertScore(ItemGrade grade, String score, String maxScore, boolean omitted) {
        // exact scale as well as value: 2.00, not 2 or 2.000
        assertThat(grade.score()).isEqualTo(new BigDecimal(score));
        assertThat(grade.maxScore()).isEqualTo(new BigDecimal(maxScore));
        assertThat(grade.omitted()).isEqualTo(omitted);
    }
}
