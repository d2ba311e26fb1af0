package io.certexam.bank.question;

/** {@code version} is published: from now on immutable (except for key corrections) and usable by exams. */
public record QuestionVersionPublished(String questionId, int version, AuthoredQuestion question,
                                       String publishedBy) {
}
