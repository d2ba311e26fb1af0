package io.certexam.grading.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
        return PaperTotals.of(items, sections, policy);
    }

    private static ItemGrade withScores(ItemGrade item, Map<String, BigDecimal> settled) {
        if (item.children() != null && !item.children().isEmpty()) {
            List<ItemGrade> children = item.children().stream().map(child -> withScores(child, settled)).toList();
            BigDecimal score = PaperTotals.sumIfComplete(children);
            return new ItemGrade(item.itemId(), item.questionId(), item.questionVersion(), item.keyRevision(), score,
                    item.maxScore(), item.omitted(), children);
        }
        if (item.score() == null && settled.containsKey(item.itemId())) {
            return new ItemGrade(item.itemId(), item.questionId(), item.questionVersion(), item.keyRevision(),
                    settled.get(item.itemId()), item.maxScore(), item.omitted(), item.children());
        }
        return item;
    }
}
