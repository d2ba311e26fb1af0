package io.certexam.exam.attempt;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.certexam.exam.paper.DrawnPaper;

/**
 * @param attemptNumber this candidate's n-th attempt on the exam, counted over all versions
 * @param seed          what {@code paper} was drawn with, kept so the paper can be rebuilt
 * @param requestedAt   the server's time of the request
 */
public record StartAttempt(@TargetAggregateIdentifier String attemptId, String examId, int examVersion,
                           String candidateId, String orgPath, int attemptNumber, ExamTerms terms, long seed,
                           DrawnPaper paper, Instant requestedAt) {
}
