package io.certexam.bank.exam;

/**
 * Where an exam stands: {@code version} is its latest published version (null before the first), and
 * {@code editing} says whether its design has changes not yet published on top of that version.
 */
public record ExamState(Integer version, ExamStatus status, boolean editing) {
}
