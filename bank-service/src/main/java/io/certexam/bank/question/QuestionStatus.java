package io.certexam.bank.question;

/**
 * DRAFT: the latest version is being edited. PUBLISHED: the latest version is published and immutable.
 * RETIRED: the question may no longer go into new exams (it overrides the other two).
 */
public enum QuestionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
