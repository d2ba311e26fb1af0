package io.certexam.grading.key;

/** Spring application event: a key revision was stored in the current transaction. */
public record AnswerKeyStored(KeyRef ref) {
}
