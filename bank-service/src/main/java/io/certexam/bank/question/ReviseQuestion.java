package io.certexam.bank.question;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviseQuestion(@TargetAggregateIdentifier String questionId, AuthoredQuestion question, String authorId) {
}
