package io.certexam.exam.attempt;

public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, VOIDED
}
