package io.certexam.grading.result;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.certexam.grading.exam.ExamPolicy;
import io.certexam.grading.key.AnswerKeyRevision;

/**
 * What an attempt's result becomes under a corrected key: the items of the corrected question version are
 * scored again with the new key, everything else stays exactly as it is — other items, manual marks (also
 * those of the corrected question's open children), the pass mark. The same function serves the preview and
 * the application, so what an administrator approved is what is applied.
 */
public final class Regrade {

    private Regrade() {
    }

    public static PaperGrade rescore(PaperGrade current, List<GradableSection> sections, Map<String, Answer> answers,
                                     AnswerKeyRevision key, ExamPolicy policy) {
        Map<String, GradableItem> paperItems = new HashMap<>();
        sections.forEach(section -> section.items().forEach(item -> paperItems.put(item.itemId(), item)));
        List<ItemGrade> items = current.items().stream().map(item -> {
            GradableItem onPaper = paperItems.get(item.itemId());
            if (onPaper == null || !onPaper.keyRef().equals(key.ref())) {
                return item;
            }
            return keepManualScores(Scorer.scoreItem(onPaper, key.key(), key.keyRevision(), answers), item);
        }).toList();
        return PaperTotals.of(items, sections, policy);
    }

    /** Whether the attempt's paper holds the question version of {@code key}. */
    public static boolean concerns(List<GradableSection> sections, AnswerKeyRevision key) {
        return sections.stream().flatMap(section -> section.items().stream())
                .anyMatch(item -> item.keyRef().equals(key.ref()));
    }

    /** No rule scores an open response: where the new scoring leaves a gap, the grader's mark stands. */
    private static ItemGrade keepManualScores(ItemGrade rescored, ItemGrade before) {
        if (rescored.children() != null && !rescored.children().isEmpty() && before.children() != null) {
            Map<String, ItemGrade> previous = new HashMap<>();
            before.children().forEach(child -> previous.put(child.itemId(), child));
            List<ItemGrade> children = rescored.children().stream()
                    .map(child -> previous.containsKey(child.itemId()) ? keepManualScores(child, previous.get(child.itemId()))
                            : child)
                    .toList();
            return new ItemGrade(rescored.itemId(), rescored.questionId(), rescored.questionVersion(),
                    rescored.keyRevision(), PaperTotals.sumIfComplete(children), rescored.maxScore(), rescored.omitted(),
                    children);
        }
        if (rescored.score() == null && before.score() != null) {
            return new ItemGrade(rescored.itemId(), rescored.questionId(), rescored.questionVersion(),
                    rescored.keyRevision(), before.score(), rescored.maxScore(), rescored.omitted(), rescored.children());
        }
        return rescored;
    }
}
