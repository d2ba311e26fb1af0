package io.certexam.grading.result;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Try again to grade a submission that was waiting for its inputs. */
public record GradeAttempt(@TargetAggregateIdentifier String attemptId) {
}
