package io.certexam.bank.question;

/** Version 1 of a new question exists as a draft. */
public record QuestionCreated(String questionId, int version, AuthoredQuestion question, String createdBy) {
}
