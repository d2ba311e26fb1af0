package io.certexam.exam.attempt;

import java.time.Instant;

import io.certexam.exam.paper.DrawnPaper;

/**
 * A candidate started an attempt and was given {@code paper}, drawn with {@code seed}.
 *
 * @param deadline             start + time limit + {@code accommodationMinutes}
 * @param accommodationMinutes extra time the candidate was granted before the exam (0 when none)
 * @param graceSeconds         how long after the deadline in-flight saves are still accepted (and marked so)
 */
public record AttemptBegun(String attemptId, String examId, int examVersion, String candidateId, String orgPath,
                           int attemptNumber, long seed, DrawnPaper paper, Instant startedAt, Instant deadline,
                           int accommodationMinutes, int graceSeconds) {
}
