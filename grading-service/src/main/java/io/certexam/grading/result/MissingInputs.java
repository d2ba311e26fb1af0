package io.certexam.grading.result;

import java.util.List;

import io.certexam.grading.key.KeyRef;

/** What a submission still needs before it can be graded. */
public record MissingInputs(List<KeyRef> answerKeys, boolean examPolicy, boolean paper) {
}
