package io.certexam.contracts.bank;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.certexam.contracts.IntegrationEvent;

/**
 * An exam version open for attempts. {@code questions} holds every question version any section may
 * use, so exam-service can build papers without asking the bank. Pass mark: {@code passScore} in
 * points, or else {@code passPercent} of the paper's maximum.
 */
public record ExamPublished(
        int schemaVersion,
        String examId,
        int version,
        String title,
        String instructions,
        int timeLimitMinutes,
        BigDecimal passScore,
        BigDecimal passPercent,
        Integer maxAttempts,
        Integer minMinutesBetweenAttempts,
        boolean shuffleQuestions,
        boolean shuffleOptions,
        Instant availableFrom,
        Instant availableUntil,
        Integer certificateValidityMonths,
        List<ExamSection> sections,
        List<ExamQuestion> questions,
        Instant publishedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String subject() {
        return examId;
    }
}
