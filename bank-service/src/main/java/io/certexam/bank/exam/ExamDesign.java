package io.certexam.bank.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An exam definition as the author wrote it. Pass mark: {@code passScore} in points or {@code passPercent}
 * of the paper's maximum, exactly one of them. Null limits mean "no limit".
 */
public record ExamDesign(
        String title,
        String instructions,
        Integer timeLimitMinutes,
        BigDecimal passScore,
        BigDecimal passPercent,
        Integer maxAttempts,
        Integer minMinutesBetweenAttempts,
        List<SectionDesign> sections,
        Boolean shuffleQuestions,
        Boolean shuffleOptions,
        Instant availableFrom,
        Instant availableUntil,
        Integer certificateValidityMonths) {
}
