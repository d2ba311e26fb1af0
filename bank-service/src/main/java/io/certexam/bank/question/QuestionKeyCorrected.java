package io.certexam.bank.question;

/**
 * The key of published {@code version} was wrong. {@code question} is that version with the corrected key;
 * {@code keyRevision} counts the corrections of this version from 1 (its first published key is revision 0).
 */
public record QuestionKeyCorrected(String questionId, int version, int keyRevision, Answer previousAnswer,
                                   AuthoredQuestion question, String reason, String correctedBy) {
}
