package io.certexam.grading.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.certexam.grading.exam.ExamPolicy;

/**
 * Puts settled manual scores into a scored paper: the objective scores stay exactly as they were (a key
 * correction never slips in through manual marking), scenarios and sections are summed again, and once no
 * item is left without a score the result is FINAL and judged against the pass mark.
 */
final class ManualScores {

    private ManualScores() {
    }

    static PaperGrade apply(PaperGrade grade, Map<String, BigDecimal> settled, List<GradableSection> sections,
                            ExamPolicy policy) {
        List<ItemGrade> items = grade.items().stream().map(item -> withScores(item, settled)).toList();
        Map<String, ItemGrade> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.itemId(), item));
        List<SectionGrade> sectionGrades = new ArrayList<>();
        for (GradableSection section : sections) {
            List<ItemGrade> inSection = section.items().stream().map(item -> byId.get(item.itemId()))
                    .filter(java.util.Objects::nonNull).toList();
            sectionGrades.add(new SectionGrade(section.title(), sum(inSection, ItemGrade::score),
                    sum(inSection, ItemGrade::maxScore)));
        }
        BigDecimal score = sum(items, ItemGrade::score);
        BigDecimal maxScore = sum(items, ItemGrade::maxScore);
        boolean complete = items.stream().allMatch(item -> item.score() != null);
        return new PaperGrade(complete ? ResultStatus.FINAL : ResultStatus.AWAITING_MANUAL_GRADING, score, maxScore,
                Scorer.percent(score, maxScore), complete && policy.passes(score, maxScore), items, sectionGrades);
    }

    private static ItemGrade withScores(ItemGrade item, Map<String, BigDecimal> settled) {
        if (item.children() != null && !item.children().isEmpty()) {
            List<ItemGrade> children = item.children().stream().map(child -> withScores(child, settled)).toList();
            BigDecimal score = children.stream().anyMatch(child -> child.score() == null) ? null
                    : sum(children, ItemGrade::score);
            return new ItemGrade(item.itemId(), item.questionId(), item.questionVersion(), item.keyRevision(), score,
                    item.maxScore(), item.omitted(), children);
        }
        if (item.score() == null && settled.containsKey(item.itemId())) {
            return new ItemGrade(item.itemId(), item.questionId(), item.questionVersion(), item.keyRevision(),
                    settled.get(item.itemId()), item.maxScore(), item.omitted(), item.children());
        }
        return item;
    }

    /** Items still waiting for a grader count as 0 in the provisional total. */
    private static BigDecimal sum(List<ItemGrade> items, Function<ItemGrade, BigDecimal> value) {
        return items.stream().map(value).map(v -> v == null ? BigDecimal.ZERO : v)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(Scorer.SCALE, Scorer.ROUNDING);
    }
}
