package io.certexam.questionimport;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * The key of an imported question, in DESIGN §6's answer shape: {@code optionIds} for choice questions,
 * {@code value} for true/false, {@code referenceAnswer} (and optionally a {@code rubric}) for open responses.
 * Absent lists are empty, never null, so two answers compare equal whatever format they came from.
 */
public record ImportedAnswer(List<String> optionIds, Boolean value, String referenceAnswer,
                             List<ImportedCriterion> rubric) {

    public ImportedAnswer {
        optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
    }

    public static ImportedAnswer choice(List<String> optionIds) {
        return new ImportedAnswer(optionIds, null, null, List.of());
    }

    public static ImportedAnswer trueFalse(Boolean value) {
        return new ImportedAnswer(List.of(), value, null, List.of());
    }

    public static ImportedAnswer reference(String referenceAnswer) {
        return new ImportedAnswer(List.of(), null, referenceAnswer, List.of());
    }

    /** A scenario's key lives in its children. */
    public static ImportedAnswer none() {
        return new ImportedAnswer(List.of(), null, null, List.of());
    }

    @JsonIgnore // a helper, not part of the JSON shape
    public boolean isEmpty() {
        return optionIds.isEmpty() && value == null && referenceAnswer == null && rubric.isEmpty();
    }
}
