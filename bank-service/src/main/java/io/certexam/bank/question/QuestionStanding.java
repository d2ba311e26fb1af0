package io.certexam.bank.question;

/** Whether a question may go into a new exam, and which version it would be: {@code latestPublished}, if any. */
public record QuestionStanding(String questionId, boolean retired, PublishedQuestion latestPublished) {
}
