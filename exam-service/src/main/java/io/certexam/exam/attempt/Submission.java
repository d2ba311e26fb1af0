package io.certexam.exam.attempt;

import java.time.Instant;

public record Submission(String status, Instant submittedAt) {

    static Submission at(Instant submittedAt) {
        return new Submission(AttemptStatus.SUBMITTED.name(), submittedAt);
    }
}
