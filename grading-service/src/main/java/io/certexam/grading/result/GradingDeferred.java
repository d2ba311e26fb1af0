package io.certexam.grading.result;

import java.time.Instant;

/** The submission is kept but cannot be graded until {@code missing} arrives; recorded again whenever that shrinks. */
public record GradingDeferred(String attemptId, String examId, int examVersion, String candidateId, String orgPath,
                              Instant submittedAt, MissingInputs missing) {
}
