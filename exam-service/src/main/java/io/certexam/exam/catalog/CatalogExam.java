package io.certexam.exam.catalog;

import io.certexam.contracts.bank.ExamPublished;

/** The newest received version of an exam and whether it is still open for new attempts. */
public record CatalogExam(ExamPublished content, boolean retired) {

    public String examId() {
        return content.examId();
    }

    public int version() {
        return content.version();
    }
}
