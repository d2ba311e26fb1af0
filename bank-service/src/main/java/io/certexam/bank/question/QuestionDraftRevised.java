package io.certexam.bank.question;

/**
 * The draft of {@code version} now reads {@code question}. When the previous latest version was published,
 * {@code version} is a new number and the published version stays as it was.
 */
public record QuestionDraftRevised(String questionId, int version, AuthoredQuestion question, String revisedBy) {
}
