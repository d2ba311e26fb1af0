package io.certexam.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How a simulated candidate answers one single-choice question: a two-parameter logistic item-response model.
 * A candidate who knows the answer picks the really right option (for the miskeyed item that is not the key);
 * one who does not picks one of the other options at random. Some answers are changed once before the final one,
 * and weaker candidates now and then leave a question out.
 */
final class AnswerModel {

    /** The saves for one item, oldest first; the last one is the final answer. Empty: the item is omitted. */
    record Plan(List<String> saves) {
        boolean omitted() {
            return saves.isEmpty();
        }

        String finalAnswer() {
            return omitted() ? null : saves.get(saves.size() - 1);
        }

        boolean changed() {
            return saves.size() > 1;
        }
    }

    static final double DISCRIMINATION = 1.7;
    /** How much harder a question on the candidate's store's weak topic is, in logits. */
    static final double WEAK_TOPIC_PENALTY = 1.6;
    static final double CHANGE_PROBABILITY = 0.12;

    private AnswerModel() {
    }

    /** Item difficulty 1–5 of the bank on the ability scale: 1 is easy (−1.6), each step one logit harder. */
    static double location(int difficulty) {
        return -1.6 + (Math.max(1, Math.min(5, difficulty)) - 1);
    }

    /** Probability that a candidate of {@code ability} knows the right answer. */
    static double probabilityKnows(double ability, int difficulty, boolean weakTopic) {
        double logit = DISCRIMINATION * (ability - location(difficulty) - (weakTopic ? WEAK_TOPIC_PENALTY : 0));
        return 1 / (1 + Math.exp(-logit));
    }

    /** Probability of leaving an item out: about 1 % for strong candidates, up to about 6 % for weak ones. */
    static double probabilityOmits(double ability) {
        return 0.01 + 0.05 / (1 + Math.exp(2 * ability));
    }

    static Plan plan(DemoCohort.Candidate candidate, DemoQuestion question, Random random) {
        if (random.nextDouble() < probabilityOmits(candidate.ability())) {
            return new Plan(List.of());
        }
        boolean weak = candidate.weakTag() != null && question.tags().contains(candidate.weakTag());
        boolean knows = random.nextDouble() < probabilityKnows(candidate.ability(), question.difficulty(), weak);
        String answer = knows ? question.trueOptionId() : pickOther(question.optionIds(), question.trueOptionId(), random);
        List<String> saves = new ArrayList<>(2);
        if (random.nextDouble() < CHANGE_PROBABILITY) {
            saves.add(pickOther(question.optionIds(), answer, random)); // first thought, changed afterwards
        }
        saves.add(answer);
        return new Plan(List.copyOf(saves));
    }

    /** For a paper item the demo bank does not know: any option, uniformly. */
    static Plan guess(List<String> optionIds, Random random) {
        return new Plan(List.of(optionIds.get(random.nextInt(optionIds.size()))));
    }

    private static String pickOther(List<String> optionIds, String not, Random random) {
        List<String> others = optionIds.stream().filter(id -> !id.equals(not)).toList();
        return others.isEmpty() ? not : others.get(random.nextInt(others.size()));
    }
}
