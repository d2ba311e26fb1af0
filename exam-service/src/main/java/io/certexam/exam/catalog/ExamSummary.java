package io.certexam.exam.catalog;

import java.time.Instant;
import java.util.List;

import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamSection;

/** What a candidate may know of an exam before starting it. */
record ExamSummary(String examId, int version, String title, String instructions, int timeLimitMinutes,
                   int questionCount, Integer maxAttempts, Instant availableFrom, Instant availableUntil) {

    static ExamSummary of(ExamPublished exam) {
        return new ExamSummary(exam.examId(), exam.version(), exam.title(), exam.instructions(),
                exam.timeLimitMinutes(), questionCount(exam.sections()), exam.maxAttempts(), exam.availableFrom(),
                exam.availableUntil());
    }

    /** Questions on every paper: a fixed section's list, or a draw's count (at most its pool). */
    private static int questionCount(List<ExamSection> sections) {
        int count = 0;
        for (ExamSection section : sections) {
            if (section.draw() != null) {
                int pool = section.draw().pool() == null ? 0 : section.draw().pool().size();
                count += Math.min(section.draw().count(), pool);
            } else if (section.questions() != null) {
                count += section.questions().size();
            }
        }
        return count;
    }
}
