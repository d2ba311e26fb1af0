package io.certexam.grading.result;

import java.time.Instant;
import java.util.List;

public record AttemptRegistered(String attemptId, String examId, int examVersion, String candidateId, String orgPath,
                                Instant startedAt, List<GradableSection> sections) {
}
