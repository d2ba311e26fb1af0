package io.certexam.bank.exam;

public enum ExamStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
