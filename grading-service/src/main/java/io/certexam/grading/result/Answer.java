package io.certexam.grading.result;

import java.util.List;

/** A candidate's final response to one item: option ids, a true/false value or free text. */
public record Answer(List<String> optionIds, Boolean value, String text) {
}
