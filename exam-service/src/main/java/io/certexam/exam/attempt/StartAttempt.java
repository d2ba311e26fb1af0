package io.certexam.exam.attempt;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.certexam.exam.paper.DrawnPaper;

/**
 * @param attemptNumber          this candidate's n-th attempt on the exam, counted over all versions
 * @param previousAttemptEndedAt when the candidate's last attempt on the exam closed (null: none)
 * @param accommodationMinutes   extra time granted to this candidate on this exam
 * @param graceSeconds           the service's grace for in-flight saves, recorded with the attempt
 * @param seed                   what {@code paper} was drawn with, kept so the paper can be rebuilt
 * @param requestedAt            the server's time of the request
 */
public record StartAttempt(@TargetAggregateIdentifier String attemptId, String examId, int examVersion,
                           String candidateId, String orgPath, int attemptNumber, Instant previousAttemptEndedAt,
                           ExamTerms terms, int accommodationMinutes, int graceSeconds, long seed, DrawnPaper paper,
                           Instant requestedAt) {
}
