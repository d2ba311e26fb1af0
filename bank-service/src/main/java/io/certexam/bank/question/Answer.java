package io.certexam.bank.question;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer key as authored: {@code optionIds} for choice questions, {@code value} for true/false.
 * Open responses (reference answer, rubric) extend it in issue 3.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(List<String> optionIds, Boolean value) {

    public static Answer options(String... optionIds) {
        return new Answer(List.of(optionIds), null);
    }

    public static Answer trueFalse(boolean value) {
        return new Answer(null, value);
    }
}
