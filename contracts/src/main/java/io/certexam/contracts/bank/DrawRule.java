package io.certexam.contracts.bank;

import java.util.List;

/**
 * A random draw: {@code count} questions from {@code pool}, the published versions that matched the
 * rule (type, all of tags, difficulty range) when the exam was published.
 */
public record DrawRule(int count, String type, List<String> tags, Integer minDifficulty, Integer maxDifficulty,
                       List<QuestionRef> pool) {
}
