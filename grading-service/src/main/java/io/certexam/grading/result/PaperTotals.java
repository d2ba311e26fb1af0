package io.certexam.grading.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.certexam.grading.exam.ExamPolicy;

/**
 * Sums item grades into a paper grade after some items changed (manual marks, a regrade): sections from the
 * paper's structure, totals, status and pass. Items still waiting for a grader count as 0 in the provisional
 * total, and nobody passes while any does.
 */
final class PaperTotals {

    private PaperTotals() {
    }

    static PaperGrade of(List<ItemGrade> items, List<GradableSection> sections, ExamPolicy policy) {
        Map<String, ItemGrade> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.itemId(), item));
        List<SectionGrade> sectionGrades = new ArrayList<>();
        for (GradableSection section : sections) {
            List<ItemGrade> inSection = section.items().stream().map(item -> byId.get(item.itemId()))
                    .filter(Objects::nonNull).toList();
            sectionGrades.add(new SectionGrade(section.title(), sum(inSection, ItemGrade::score),
                    sum(inSection, ItemGrade::maxScore)));
        }
        BigDecimal score = sum(items, ItemGrade::score);
        BigDecimal maxScore = sum(items, ItemGrade::maxScore);
        boolean complete = items.stream().allMatch(item -> item.score() != null);
        return new PaperGrade(complete ? ResultStatus.FINAL : ResultStatus.AWAITING_MANUAL_GRADING, score, maxScore,
                Scorer.percent(score, maxScore), complete && policy.passes(score, maxScore), items, sectionGrades);
    }

    /** A scenario's score: the sum of its children's, or null while one of them waits for a grader. */
    static BigDecimal sumIfComplete(List<ItemGrade> children) {
        return children.stream().anyMatch(child -> child.score() == null) ? null : sum(children, ItemGrade::score);
    }

    private static BigDecimal sum(List<ItemGrade> items, Function<ItemGrade, BigDecimal> value) {
        return items.stream().map(value).map(v -> v == null ? BigDecimal.ZERO : v)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(Scorer.SCALE, Scorer.ROUNDING);
    }
}
