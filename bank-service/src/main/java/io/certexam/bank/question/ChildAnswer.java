package io.certexam.bank.question;

/** The key of one child of a scenario, named by the child's id ({@code <questionId>-<n>}). */
public record ChildAnswer(String id, Answer answer) {
}
