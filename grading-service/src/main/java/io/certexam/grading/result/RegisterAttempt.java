package io.certexam.grading.result;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterAttempt(@TargetAggregateIdentifier String attemptId, String examId, int examVersion,
                              String candidateId, String orgPath, Instant startedAt, List<GradableSection> sections) {
}
