package io.certexam.bank.question;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishQuestion(@TargetAggregateIdentifier String questionId, String authorId) {
}
