package io.certexam.bank.exam;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateExam(@TargetAggregateIdentifier String examId, ExamDesign design, String authorId) {
}
