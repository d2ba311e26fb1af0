package io.certexam.exam.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamSection;
import io.certexam.contracts.bank.QuestionRef;
import io.certexam.exam.SampleExams;

class PaperBuilderTest {

    private final ExamPublished exam = SampleExams.exam("exam-1", 1);

    @Test
    void theSameSeedRebuildsTheIdenticalPaper() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            assertThat(PaperBuilder.build(exam, seed)).isEqualTo(PaperBuilder.build(exam, seed));
        }
    }

    @Test
    void aDifferentSeedGivesADifferentPaper() {
        DrawnPaper first = PaperBuilder.build(exam, 1);
        assertThat(PaperBuilder.build(exam, 2)).isNotEqualTo(first);
        assertThat(PaperBuilder.build(exam, 3)).isNotEqualTo(first);
    }

    @Test
    void aPaperStaysWhatItWasForItsSeed() {
        // pins the algorithm: if this changes, papers recorded earlier could no longer be rebuilt from their seed
        DrawnPaper paper = PaperBuilder.build(exam, 42);
        assertThat(ids(paper.sections().get(0).items())).containsExactly(SampleExams.MULTI, SampleExams.TRUE_FALSE,
                SampleExams.OPEN, SampleExams.SCENARIO, SampleExams.SINGLE);
        assertThat(paper.find(SampleExams.MULTI).orElseThrow().optionOrder()).containsExactly("E", "B", "C", "D", "A");
        assertThat(paper.find(SampleExams.SCENARIO_CHOICE).orElseThrow().optionOrder()).containsExactly("Z", "X", "Y");
        assertThat(paper.find(SampleExams.SINGLE).orElseThrow().optionOrder()).containsExactly("B", "A", "C", "D");
        assertThat(ids(paper.sections().get(1).items())).containsExactly("q-pool-4", "q-pool-5", "q-pool-6");
        assertThat(paper.find("q-pool-4").orElseThrow().optionOrder()).containsExactly("A", "C", "B");
    }

    @Test
    void fixedSectionsKeepTheirQuestionsAndDrawSectionsPickCountFromThePool() {
        for (long seed = 0; seed < 50; seed++) {
            DrawnPaper paper = PaperBuilder.build(exam, seed);
            assertThat(paper.sections()).extracting(DrawnSection::title).containsExactly("Basics", "Draw");
            List<String> drawn = ids(paper.sections().get(1).items());
            assertThat(drawn).hasSize(3).doesNotHaveDuplicates().allMatch(id -> id.startsWith("q-pool-"));
        }
    }

    @Test
    void aDrawNeverRepeatsAQuestionAlreadyOnThePaper() {
        ExamSection fixed = new ExamSection("Fixed", List.of(new QuestionRef("q-pool-1", 1)), null, null);
        ExamSection draw = exam.sections().get(1);
        ExamPublished overlapping = withSections(List.of(fixed, draw));
        for (long seed = 0; seed < 50; seed++) {
            DrawnPaper paper = PaperBuilder.build(overlapping, seed);
            assertThat(ids(paper.sections().get(1).items())).hasSize(3).doesNotContain("q-pool-1");
        }
    }

    @Test
    void withoutShufflingQuestionsAndOptionsKeepTheAuthoredOrder() {
        ExamPublished unshuffled = new ExamPublished(exam.schemaVersion(), exam.examId(), exam.version(), exam.title(),
                exam.instructions(), exam.timeLimitMinutes(), exam.passScore(), exam.passPercent(), exam.maxAttempts(),
                exam.minMinutesBetweenAttempts(), false, false, null, null, null, exam.sections(), exam.questions(),
                exam.publishedAt());
        DrawnPaper paper = PaperBuilder.build(unshuffled, 99);
        assertThat(ids(paper.sections().get(0).items())).containsExactly(SampleExams.SINGLE, SampleExams.MULTI,
                SampleExams.TRUE_FALSE, SampleExams.OPEN, SampleExams.SCENARIO);
        assertThat(paper.find(SampleExams.MULTI).orElseThrow().optionOrder()).containsExactly("A", "B", "C", "D", "E");
    }

    @Test
    void optionsAreShuffledWithTheSeedButKeepTheirIds() {
        boolean someOrderDiffers = false;
        for (long seed = 0; seed < 20; seed++) {
            List<String> order = PaperBuilder.build(exam, seed).find(SampleExams.MULTI).orElseThrow().optionOrder();
            assertThat(order).containsExactlyInAnyOrder("A", "B", "C", "D", "E");
            someOrderDiffers |= !order.equals(List.of("A", "B", "C", "D", "E"));
        }
        assertThat(someOrderDiffers).isTrue();
    }

    @Test
    void sectionPointsOverrideQuestionPointsAndAScenarioIsWorthItsChildren() {
        DrawnPaper paper = PaperBuilder.build(exam, 5);
        assertThat(paper.sections().get(1).items()).allSatisfy(item ->
                assertThat(item.points()).isEqualByComparingTo(BigDecimal.ONE));
        assertThat(paper.find(SampleExams.MULTI).orElseThrow().points()).isEqualByComparingTo("3");
        DrawnItem scenario = paper.find(SampleExams.SCENARIO).orElseThrow();
        assertThat(scenario.points()).isEqualByComparingTo("6");
        assertThat(ids(scenario.children())).containsExactly(SampleExams.SCENARIO_CHOICE, SampleExams.SCENARIO_OPEN);
        assertThat(scenario.children()).allSatisfy(child -> {
            assertThat(child.questionId()).isEqualTo(SampleExams.SCENARIO);
            assertThat(child.questionVersion()).isEqualTo(1);
        });
    }

    @Test
    void labelsFollowTheOrderShownWhileIdsStayStable() {
        DrawnPaper paper = PaperBuilder.build(exam, 11);
        PresentedPaper presented = PaperPresenter.present(paper, exam);
        PresentedPaper.Item multi = presented.sections().get(0).items().stream()
                .filter(item -> item.itemId().equals(SampleExams.MULTI)).findFirst().orElseThrow();
        assertThat(multi.options()).extracting(PresentedPaper.Option::label).containsExactly("A", "B", "C", "D", "E");
        assertThat(multi.options()).extracting(PresentedPaper.Option::id)
                .containsExactlyElementsOf(paper.find(SampleExams.MULTI).orElseThrow().optionOrder());
        assertThat(multi.options()).allSatisfy(option -> assertThat(option.text()).isEqualTo("option " + option.id()));
        assertThat(PaperPresenter.label(25)).isEqualTo("Z");
        assertThat(PaperPresenter.label(27)).isEqualTo("AB");
    }

    @Test
    void anExamThatDoesNotCarryAReferencedQuestionCannotBeBuilt() {
        ExamSection missing = new ExamSection("Broken", List.of(new QuestionRef("nowhere", 1)), null, null);
        assertThatThrownBy(() -> PaperBuilder.build(withSections(List.of(missing)), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
    }

    private ExamPublished withSections(List<ExamSection> sections) {
        return new ExamPublished(exam.schemaVersion(), exam.examId(), exam.version(), exam.title(), exam.instructions(),
                exam.timeLimitMinutes(), exam.passScore(), exam.passPercent(), exam.maxAttempts(),
                exam.minMinutesBetweenAttempts(), exam.shuffleQuestions(), exam.shuffleOptions(), null, null, null,
                sections, exam.questions(), exam.publishedAt());
    }

    private static List<String> ids(List<DrawnItem> items) {
        return items.stream().map(DrawnItem::itemId).toList();
    }
}
