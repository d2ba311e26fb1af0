package io.certexam.exam.attempt;

import java.time.Instant;

/** The exam version's rules an attempt is started under. {@code null} bounds and limits mean none. */
public record ExamTerms(int timeLimitMinutes, Integer maxAttempts, Integer minMinutesBetweenAttempts,
                        Instant availableFrom, Instant availableUntil) {
}
