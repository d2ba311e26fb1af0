package io.certexam.bank.exam;

/** One exact question version. */
public record QuestionVersionRef(String questionId, int version) {
}
