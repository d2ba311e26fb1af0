package io.certexam.contracts.exam;

import java.util.List;

/** A candidate's answer to one item: option ids (choice), a value (true/false) or text (open response). */
public record Response(List<String> optionIds, Boolean value, String text) {
}
