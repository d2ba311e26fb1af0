package io.certexam.bank.question;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An answer key. Exactly the part of its type is set: {@code optionIds} for choice questions, {@code value}
 * for true/false, {@code referenceAnswer} and {@code rubric} for open responses, {@code children} (the key of
 * every child, by child id) for a scenario.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(List<String> optionIds, Boolean value, String referenceAnswer, List<RubricEntry> rubric,
                     List<ChildAnswer> children) {

    public Answer(List<String> optionIds, Boolean value) {
        this(optionIds, value, null, null, null);
    }

    public static Answer options(String... optionIds) {
        return new Answer(List.of(optionIds), null);
    }

    public static Answer trueFalse(boolean value) {
        return new Answer(null, value);
    }

    public static Answer open(String referenceAnswer, List<RubricEntry> rubric) {
        return new Answer(null, null, referenceAnswer, rubric, null);
    }

    public static Answer scenario(List<ChildAnswer> children) {
        return new Answer(null, null, null, null, children);
    }
}
