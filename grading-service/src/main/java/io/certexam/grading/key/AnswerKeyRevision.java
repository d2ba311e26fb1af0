package io.certexam.grading.key;

import io.certexam.contracts.bank.AnswerKey;

/** The key of a question version as of one revision (0 = as first published, n = after the n-th correction). */
public record AnswerKeyRevision(KeyRef ref, int keyRevision, AnswerKey key) {
}
