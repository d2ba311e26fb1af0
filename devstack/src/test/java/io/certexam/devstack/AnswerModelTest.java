package io.certexam.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AnswerModelTest {

    private static final DemoQuestion RETURNS = new DemoQuestion("returns?", List.of("A", "B", "C", "D"), "B", "B", 2,
            List.of("module:after-sales", "topic:returns"));
    private static final DemoQuestion MISKEYED = new DemoQuestion("promises?", List.of("A", "B", "C", "D"), "C", "B", 2,
            List.of("module:complaints"));

    @Test
    void probabilityOfKnowingFollowsTheLogisticModel() {
        // at ability = item location the chance is one half
        assertThat(AnswerModel.probabilityKnows(AnswerModel.location(2), 2, false)).isCloseTo(0.5, within(1e-12));
        // one logit above: 1 / (1 + e^-1.7) = 0.845534…
        assertThat(AnswerModel.probabilityKnows(AnswerModel.location(2) + 1, 2, false)).isCloseTo(0.845535, within(1e-6));
        // a weak topic lowers it: −1.6 logits ⇒ 1 / (1 + e^(1.7·0.6)) = 1 / (1 + 2.773195) = 0.265027…
        assertThat(AnswerModel.probabilityKnows(AnswerModel.location(2) + 1, 2, true)).isCloseTo(0.265027, within(1e-6));
        assertThat(AnswerModel.location(1)).isEqualTo(-1.6);
        assertThat(AnswerModel.location(3)).isCloseTo(0.4, within(1e-12));
        assertThat(AnswerModel.probabilityKnows(2, 1, false)).isGreaterThan(AnswerModel.probabilityKnows(2, 3, false));
        assertThat(AnswerModel.probabilityKnows(1, 2, false)).isGreaterThan(AnswerModel.probabilityKnows(-1, 2, false));
    }

    @Test
    void strongerCandidatesChooseTheRightAnswerMoreOften() {
        double strong = share(candidate(2.0, null), RETURNS, "B");
        double average = share(candidate(0.0, null), RETURNS, "B");
        double weak = share(candidate(-2.0, null), RETURNS, "B");

        assertThat(strong).isGreaterThan(0.9);
        assertThat(average).isBetween(0.6, 0.8);
        assertThat(weak).isLessThan(0.3);
    }

    @Test
    void aStoreWeakOnTheTopicScoresLowerOnItsQuestionsOnly() {
        DemoQuestion etiquette = new DemoQuestion("greet?", List.of("A", "B", "C", "D"), "D", "D", 2, List.of("module:etiquette"));

        assertThat(share(candidate(0.5, "module:after-sales"), RETURNS, "B"))
                .isLessThan(share(candidate(0.5, null), RETURNS, "B") - 0.25);
        assertThat(share(candidate(0.5, "module:after-sales"), etiquette, "D"))
                .isCloseTo(share(candidate(0.5, null), etiquette, "D"), within(0.03));
    }

    @Test
    void onTheMiskeyedItemStrongCandidatesPickTheTrulyRightOptionNotTheKey() {
        Map<String, Integer> strong = finalAnswers(candidate(2.0, null), MISKEYED);
        Map<String, Integer> weak = finalAnswers(candidate(-2.0, null), MISKEYED);

        assertThat(strong.getOrDefault("B", 0)).isGreaterThan(strong.getOrDefault("C", 0) * 10);
        // weak candidates guess among the others, so the (wrong) key gets more of them than of the strong ones
        assertThat(share(weak, "C")).isGreaterThan(share(strong, "C") * 3);
    }

    @Test
    void someAnswersAreChangedOnceAndWeakCandidatesOmitMore() {
        Random random = new Random(3);
        int changed = 0;
        for (int i = 0; i < 10_000; i++) {
            AnswerModel.Plan plan = AnswerModel.plan(candidate(0, null), RETURNS, random);
            if (plan.changed()) {
                changed++;
                assertThat(plan.saves()).hasSize(2);
                assertThat(plan.saves().get(0)).isNotEqualTo(plan.saves().get(1));
            }
        }
        assertThat(changed / 10_000.0).isCloseTo(AnswerModel.CHANGE_PROBABILITY * (1 - AnswerModel.probabilityOmits(0)), within(0.015));
        assertThat(AnswerModel.probabilityOmits(-2)).isGreaterThan(0.05);
        assertThat(AnswerModel.probabilityOmits(2)).isLessThan(0.015);
        assertThat(new AnswerModel.Plan(List.of()).omitted()).isTrue();
        assertThat(new AnswerModel.Plan(List.of()).finalAnswer()).isNull();
    }

    @Test
    void sameRandomStreamSameAnswers() {
        Random a = new Random(11);
        Random b = new Random(11);
        for (int i = 0; i < 100; i++) {
            assertThat(AnswerModel.plan(candidate(0, null), RETURNS, a)).isEqualTo(AnswerModel.plan(candidate(0, null), RETURNS, b));
        }
    }

    private static DemoCohort.Candidate candidate(double ability, String weakTag) {
        return new DemoCohort.Candidate(0, "demo-cand-0001", "chain-a/east/store-042", ability, weakTag);
    }

    private static double share(DemoCohort.Candidate candidate, DemoQuestion question, String option) {
        return share(finalAnswers(candidate, question), option);
    }

    private static double share(Map<String, Integer> counts, String option) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return (double) counts.getOrDefault(option, 0) / total;
    }

    private static Map<String, Integer> finalAnswers(DemoCohort.Candidate candidate, DemoQuestion question) {
        Random random = new Random(99);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            String answer = AnswerModel.plan(candidate, question, random).finalAnswer();
            counts.merge(answer == null ? "omitted" : answer, 1, Integer::sum);
        }
        return counts;
    }
}
