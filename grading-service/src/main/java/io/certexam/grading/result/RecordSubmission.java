package io.certexam.grading.result;

import java.time.Instant;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param answers final responses by item id */
public record RecordSubmission(@TargetAggregateIdentifier String attemptId, String examId, int examVersion,
                               String candidateId, String orgPath, boolean auto, Instant submittedAt,
                               Map<String, Answer> answers) {
}
