package io.certexam.bank.question;

/** What a question command left behind: the latest version and the question's status. */
public record VersionStatus(int version, QuestionStatus status) {
}
