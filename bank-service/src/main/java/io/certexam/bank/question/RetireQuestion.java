package io.certexam.bank.question;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetireQuestion(@TargetAggregateIdentifier String questionId, String authorId) {
}
