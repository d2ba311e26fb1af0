package io.certexam.exam.attempt;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param clientSeq the candidate's own ordering of saves; per item, the highest one wins */
public record SaveResponse(@TargetAggregateIdentifier String attemptId, String candidateId, String itemId,
                           Answer answer, long clientSeq, Instant requestedAt) {
}
