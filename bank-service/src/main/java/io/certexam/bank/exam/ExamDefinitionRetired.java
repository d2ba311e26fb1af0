package io.certexam.bank.exam;

/** No new attempts may start on {@code version}; attempts in progress run to their end. */
public record ExamDefinitionRetired(String examId, int version, String retiredBy) {
}
