package io.certexam.bank.question;

/**
 * The question is retired: no new exam may use it. {@code lastPublishedVersion} stays readable, and exams
 * published before keep it.
 */
public record QuestionWithdrawn(String questionId, int lastPublishedVersion, String retiredBy) {
}
