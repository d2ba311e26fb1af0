package io.certexam.contracts.bank;

/** A question version frozen into a published exam, with its content and without its key. */
public record ExamQuestion(String questionId, int version, QuestionContent content) {
}
