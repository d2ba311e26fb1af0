package io.certexam.bank.question;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateQuestion(@TargetAggregateIdentifier String questionId, AuthoredQuestion question, String authorId) {
}
