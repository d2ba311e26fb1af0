package io.certexam.exam.attempt;

import java.time.Instant;
import java.util.List;

/**
 * The attempt is closed with its final answers (the latest one per item, in paper order). It repeats the
 * attempt's identity so that consumers of this single event need nothing else.
 *
 * @param auto true when the server closed it at the deadline (issue 4), false when the candidate submitted
 */
public record AttemptHandedIn(String attemptId, String examId, int examVersion, String candidateId, String orgPath,
                              Instant startedAt, Instant submittedAt, boolean auto, List<FinalAnswer> answers) {
}
