package io.certexam.bank.exam;

public record ExamDefinitionCreated(String examId, ExamDesign design, String createdBy) {
}
