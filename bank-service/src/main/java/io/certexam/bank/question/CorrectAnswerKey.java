package io.certexam.bank.question;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CorrectAnswerKey(@TargetAggregateIdentifier String questionId, Answer answer, String reason,
                               String authorId) {
}
