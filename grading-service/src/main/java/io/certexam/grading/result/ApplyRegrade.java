package io.certexam.grading.result;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Apply regrade {@code regradeId}: score the attempt again with that key revision of that question version. */
public record ApplyRegrade(@TargetAggregateIdentifier String attemptId, String regradeId, String questionId,
                           int questionVersion, int keyRevision, String reason, String appliedBy) {
}
