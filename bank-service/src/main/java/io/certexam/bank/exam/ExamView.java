package io.certexam.bank.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An exam definition for its authors: as written, plus what publishing froze. {@code version} is the latest
 * published version (or the one asked for); {@code editing} is true while the design shown has changes not yet
 * published, in which case nothing is frozen for it yet; {@code versions} lists every published version.
 */
public record ExamView(
        String id,
        ExamStatus status,
        Integer version,
        boolean editing,
        String title,
        String instructions,
        Integer timeLimitMinutes,
        BigDecimal passScore,
        BigDecimal passPercent,
        Integer maxAttempts,
        Integer minMinutesBetweenAttempts,
        Boolean shuffleQuestions,
        Boolean shuffleOptions,
        Instant availableFrom,
        Instant availableUntil,
        Integer certificateValidityMonths,
        List<SectionView> sections,
        Instant createdAt,
        Instant publishedAt,
        Instant retiredAt,
        List<VersionSummary> versions) {

    public record VersionSummary(int version, String publishedBy, Instant publishedAt) {
    }

    /**
     * A section as written ({@code questionIds} or {@code draw}) and, once published, the frozen versions:
     * {@code questions} for fixed sections, {@code pool} for draws.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionView(String title, List<String> questionIds, DrawCriteria draw, BigDecimal pointsPerQuestion,
                              List<QuestionVersionRef> questions, List<QuestionVersionRef> pool) {
    }
}
