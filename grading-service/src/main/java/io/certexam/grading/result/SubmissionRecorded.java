package io.certexam.grading.result;

import java.time.Instant;
import java.util.Map;

/** @param auto submitted by exam-service at the deadline rather than by the candidate */
public record SubmissionRecorded(String attemptId, String examId, int examVersion, String candidateId, String orgPath,
                                 boolean auto, Instant submittedAt, Map<String, Answer> answers) {
}
