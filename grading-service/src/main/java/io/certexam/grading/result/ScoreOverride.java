package io.certexam.grading.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.certexam.grading.exam.ExamPolicy;

/** One item's score set by a person (an upheld appeal): the item — wherever it sits — and the sums above it change. */
final class ScoreOverride {

    private ScoreOverride() {
    }

    static PaperGrade apply(PaperGrade grade, String itemId, BigDecimal score, List<GradableSection> sections,
                            ExamPolicy policy) {
        List<ItemGrade> items = grade.items().stream().map(item -> replace(item, itemId, score)).toList();
        return PaperTotals.of(items, sections, policy);
    }

    /** The graded item (a top-level item or a scenario's child) with this id. */
    static Optional<ItemGrade> find(List<ItemGrade> items, String itemId) {
        for (ItemGrade item : items) {
            if (item.itemId().equals(itemId)) {
                return Optional.of(item);
            }
            if (item.children() != null) {
                Optional<ItemGrade> child = find(item.children(), itemId);
                if (child.isPresent()) {
                    return child;
                }
            }
        }
        return Optional.empty();
    }

    private static ItemGrade replace(ItemGrade item, String itemId, BigDecimal score) {
        if (item.itemId().equals(itemId)) {
            return new ItemGrade(item.itemId(), item.questionId(), item.questionVersion(), item.keyRevision(),
                    score.setScale(Scorer.SCALE, Scorer.ROUNDING), item.maxScore(), false, item.children());
        }
        if (item.children() == null || item.children().isEmpty()) {
            return item;
        }
        List<ItemGrade> children = item.children().stream().map(child -> replace(child, itemId, score)).toList();
        return new ItemGrade(item.itemId(), item.questionId(), item.questionVersion(), item.keyRevision(),
                PaperTotals.sumIfComplete(children), item.maxScore(), item.omitted(), children);
    }
}
