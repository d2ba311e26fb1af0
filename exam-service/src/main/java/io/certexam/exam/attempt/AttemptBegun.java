package io.certexam.exam.attempt;

import java.time.Instant;

import io.certexam.exam.paper.DrawnPaper;

/** A candidate started an attempt and was given {@code paper}, drawn with {@code seed}. */
public record AttemptBegun(String attemptId, String examId, int examVersion, String candidateId, String orgPath,
                           int attemptNumber, long seed, DrawnPaper paper, Instant startedAt, Instant deadline) {
}
