package io.certexam.bank.exam;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishExam(@TargetAggregateIdentifier String examId, String authorId) {
}
