package io.certexam.bank.exam;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetireExam(@TargetAggregateIdentifier String examId, String authorId) {
}
