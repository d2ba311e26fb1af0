package io.certexam.bank.exam;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseExam(@TargetAggregateIdentifier String examId, ExamDesign design, String authorId) {
}
