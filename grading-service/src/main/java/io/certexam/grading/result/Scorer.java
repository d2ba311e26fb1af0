package io.certexam.grading.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.certexam.contracts.bank.AnswerKey;
import io.certexam.grading.exam.ExamPolicy;
import io.certexam.grading.key.AnswerKeyRevision;
import io.certexam.grading.key.KeyRef;

/**
 * Scores a paper against its answer keys. Pure and exact: BigDecimal throughout, each item's score
 * rounded once, to {@value #SCALE} decimals HALF_UP, from the unrounded points; section and paper totals
 * are sums of those item scores, so they add up to what is shown per item.
 */
public final class Scorer {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorer() {
    }

    /** @param keys the key of every top-level item's question version (callers check none is missing) */
    public static PaperGrade gradePaper(List<GradableSection> sections, Map<KeyRef, AnswerKeyRevision> keys,
                                        Map<String, Answer> answers, ExamPolicy policy) {
        List<ItemGrade> items = new ArrayList<>();
        List<SectionGrade> sectionGrades = new ArrayList<>();
        for (GradableSection section : sections) {
            List<ItemGrade> graded = section.items().stream()
                    .map(item -> {
                        AnswerKeyRevision key = keys.get(item.keyRef());
                        return scoreItem(item, key.key(), key.keyRevision(), answers);
                    })
                    .toList();
            items.addAll(graded);
            sectionGrades.add(new SectionGrade(section.title(), sum(graded, ItemGrade::score),
                    sum(graded, ItemGrade::maxScore)));
        }
        BigDecimal score = sum(items, ItemGrade::score);
        BigDecimal maxScore = sum(items, ItemGrade::maxScore);
        boolean complete = items.stream().allMatch(item -> item.score() != null);
        return new PaperGrade(complete ? ResultStatus.FINAL : ResultStatus.AWAITING_MANUAL_GRADING, score, maxScore,
                percent(score, maxScore), complete && policy.passes(score, maxScore), items, sectionGrades);
    }

    /**
     * Scores one item. Points come from the paper (the key's only when the paper has none). Unanswered
     * items score 0 and are marked omitted; items no rule can score (open responses) get a null score.
     */
    public static ItemGrade scoreItem(GradableItem item, AnswerKey key, int keyRevision, Map<String, Answer> answers) {
        String type = key != null && key.type() != null ? key.type() : item.type();
        if ("SCENARIO".equals(type)) {
            return scoreScenario(item, key, keyRevision, answers);
        }
        BigDecimal points = pointsOf(item, key);
        BigDecimal maxScore = points.setScale(SCALE, ROUNDING);
        Answer answer = answers.get(item.itemId());
        if (!answered(type, answer)) {
            return grade(item, keyRevision, ZERO, maxScore, true, null);
        }
        BigDecimal score = key == null ? null : switch (type) {
            case "SINGLE_CHOICE" -> options(answer.optionIds()).equals(options(key.optionIds())) ? maxScore : ZERO;
            case "TRUE_FALSE" -> answer.value().equals(key.value()) ? maxScore : ZERO;
            case "MULTIPLE_CHOICE" -> multipleChoice(points, item, key, answer);
            default -> null;
        };
        return grade(item, keyRevision, score, maxScore, false, null);
    }

    private static ItemGrade scoreScenario(GradableItem item, AnswerKey key, int keyRevision,
                                           Map<String, Answer> answers) {
        List<GradableItem> children = item.children() == null ? List.of() : item.children();
        List<AnswerKey> childKeys = key == null || key.children() == null ? List.of() : key.children();
        List<ItemGrade> graded = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            graded.add(scoreItem(children.get(i), childKey(childKeys, children.get(i), i), keyRevision, answers));
        }
        BigDecimal score = graded.stream().anyMatch(child -> child.score() == null) ? null
                : sum(graded, ItemGrade::score);
        boolean omitted = !graded.isEmpty() && graded.stream().allMatch(ItemGrade::omitted);
        return grade(item, keyRevision, score, sum(graded, ItemGrade::maxScore), omitted, graded);
    }

    /** A child's key by its item id, or else by position: the bank lists a scenario's child keys in order. */
    private static AnswerKey childKey(List<AnswerKey> childKeys, GradableItem child, int position) {
        return childKeys.stream().filter(key -> child.itemId().equals(key.itemId())).findFirst()
                .orElse(position < childKeys.size() ? childKeys.get(position) : null);
    }

    private static BigDecimal multipleChoice(BigDecimal points, GradableItem item, AnswerKey key, Answer answer) {
        Set<String> chosen = options(answer.optionIds());
        Set<String> correct = options(key.optionIds());
        String policy = key.multipleChoiceScoring() == null ? "ALL_OR_NOTHING" : key.multipleChoiceScoring();
        return switch (policy) {
            // 少选得部分分: any wrong option loses everything, otherwise credit per correct option chosen
            case "PARTIAL_NO_WRONG" -> correct.containsAll(chosen) ? share(points, chosen.size(), correct.size()) : ZERO;
            case "PER_OPTION" -> perOption(points, item, chosen, correct);
            default -> chosen.equals(correct) ? points.setScale(SCALE, ROUNDING) : ZERO;
        };
    }

    /** Every offered option is a decision worth points/options: a right one earns it, a wrong one loses it; never below 0. */
    private static BigDecimal perOption(BigDecimal points, GradableItem item, Set<String> chosen, Set<String> correct) {
        Set<String> offered = new LinkedHashSet<>(item.optionIds() == null ? List.of() : item.optionIds());
        if (offered.isEmpty()) {
            offered.addAll(correct);
            offered.addAll(chosen);
        }
        long right = offered.stream().filter(option -> chosen.contains(option) == correct.contains(option)).count();
        long wrong = offered.size() - right;
        return share(points, right - wrong, offered.size()).max(ZERO);
    }

    private static BigDecimal share(BigDecimal points, long numerator, long denominator) {
        if (denominator == 0) {
            return ZERO;
        }
        return points.multiply(BigDecimal.valueOf(numerator)).divide(BigDecimal.valueOf(denominator), SCALE, ROUNDING);
    }

    private static boolean answered(String type, Answer answer) {
        if (answer == null) {
            return false;
        }
        return switch (type) {
            case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> answer.optionIds() != null && !answer.optionIds().isEmpty();
            case "TRUE_FALSE" -> answer.value() != null;
            default -> answer.text() != null && !answer.text().isBlank();
        };
    }

    private static BigDecimal pointsOf(GradableItem item, AnswerKey key) {
        if (item.points() != null) {
            return item.points();
        }
        return key != null && key.points() != null ? key.points() : BigDecimal.ZERO;
    }

    private static Set<String> options(List<String> optionIds) {
        return optionIds == null ? Set.of() : new HashSet<>(optionIds);
    }

    private static ItemGrade grade(GradableItem item, int keyRevision, BigDecimal score, BigDecimal maxScore,
                                   boolean omitted, List<ItemGrade> children) {
        return new ItemGrade(item.itemId(), item.questionId(), item.questionVersion(), keyRevision, score, maxScore,
                omitted, children);
    }

    static BigDecimal percent(BigDecimal score, BigDecimal maxScore) {
        if (maxScore.signum() == 0) {
            return ZERO;
        }
        return score.multiply(HUNDRED).divide(maxScore, SCALE, ROUNDING);
    }

    /** Sum at scale 2; unscored (null) items count as 0. */
    private static BigDecimal sum(List<ItemGrade> grades, Function<ItemGrade, BigDecimal> value) {
        return grades.stream().map(value).filter(v -> v != null).reduce(ZERO, BigDecimal::add);
    }
}
