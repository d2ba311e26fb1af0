package io.certexam.bank.question;

/**
 * The key of published {@code version} was wrong. {@code question} is that version with the corrected key;
 * {@code previousAnswer} is its key before ({@link AuthoredQuestion#key()}: for a scenario the keys of all its
 * children). {@code keyRevision} counts the corrections of this version from 1 (its first published key is 0).
 */
public record QuestionKeyCorrected(String questionId, int version, int keyRevision, Answer previousAnswer,
                                   AuthoredQuestion question, String reason, String correctedBy) {
}
