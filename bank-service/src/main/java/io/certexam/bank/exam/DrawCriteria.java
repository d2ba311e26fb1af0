package io.certexam.bank.exam;

import java.util.List;

import io.certexam.bank.question.QuestionType;

/**
 * Draw {@code count} questions among the published ones of {@code type} (any type when null) carrying all
 * of {@code tags}, with a difficulty in [{@code minDifficulty}, {@code maxDifficulty}] when given.
 */
public record DrawCriteria(Integer count, QuestionType type, List<String> tags, Integer minDifficulty,
                           Integer maxDifficulty) {

    String describe() {
        StringBuilder text = new StringBuilder(type == null ? "questions" : type + " questions");
        if (tags != null && !tags.isEmpty()) {
            text.append(" tagged ").append(String.join(", ", tags));
        }
        if (minDifficulty != null || maxDifficulty != null) {
            text.append(" with difficulty ").append(minDifficulty == null ? "" : minDifficulty)
                    .append("..").append(maxDifficulty == null ? "" : maxDifficulty);
        }
        return text.toString();
    }
}
