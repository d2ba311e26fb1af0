package io.certexam.grading.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.certexam.contracts.grading.TagScore;
import io.certexam.grading.exam.ExamQuestions;
import io.certexam.grading.key.KeyRef;

/**
 * Sub-scores per question tag (module:…, topic:…): every top-level item counts its score and maximum towards
 * each of its question's tags, so a training manager sees that a store is weak on one topic. Tags come from
 * the published exam content, which never changes, so a result's tag scores are the same whenever computed.
 */
@Component
class TagScores {

    private final ExamQuestions questions;

    TagScores(ExamQuestions questions) {
        this.questions = questions;
    }

    List<TagScore> of(PaperGrade grade) {
        Set<KeyRef> refs = grade.items().stream().map(item -> new KeyRef(item.questionId(), item.questionVersion()))
                .collect(Collectors.toSet());
        Map<KeyRef, List<String>> tags = questions.tags(refs);
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (ItemGrade item : grade.items()) {
            for (String tag : tags.getOrDefault(new KeyRef(item.questionId(), item.questionVersion()), List.of())) {
                BigDecimal[] sum = sums.computeIfAbsent(tag, t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(item.score() == null ? BigDecimal.ZERO : item.score());
                sum[1] = sum[1].add(item.maxScore());
            }
        }
        return sums.entrySet().stream().map(entry -> new TagScore(entry.getKey(),
                entry.getValue()[0].setScale(Scorer.SCALE, Scorer.ROUNDING),
                entry.getValue()[1].setScale(Scorer.SCALE, Scorer.ROUNDING))).toList();
    }
}
