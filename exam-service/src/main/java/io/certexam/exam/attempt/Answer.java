package io.certexam.exam.attempt;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A candidate's response to one item, exactly one kind filled: option ids (choice; stable ids, never the
 * shown labels), a value (true/false) or text (open response). An empty option list clears a choice.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(List<String> optionIds, Boolean value, String text) {
}
