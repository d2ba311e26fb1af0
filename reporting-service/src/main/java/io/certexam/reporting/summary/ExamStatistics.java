package io.certexam.reporting.summary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Descriptive statistics of an exam's current final scores, in exact decimals. Intermediate values
 * keep 34 significant digits; only the results are rounded, half up: scores to 2 decimals, rates to 4,
 * durations to whole seconds. The standard deviation is the population one (divide by n): the
 * scores are every graded attempt of the exam, not a sample of them.
 */
public record ExamStatistics(BigDecimal mean, BigDecimal median, BigDecimal stdDev, BigDecimal min, BigDecimal max) {

    public static final int SCORE_SCALE = 2;
    public static final int RATE_SCALE = 4;

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** All fields null when there are no scores. */
    public static ExamStatistics of(Collection<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return new ExamStatistics(null, null, null, null, null);
        }
        List<BigDecimal> sorted = scores.stream().sorted().toList();
        BigDecimal n = BigDecimal.valueOf(sorted.size());
        BigDecimal mean = sum(sorted).divide(n, PRECISION);
        BigDecimal variance = sum(sorted.stream().map(x -> x.subtract(mean).pow(2)).toList()).divide(n, PRECISION);
        return new ExamStatistics(
                score(mean),
                score(median(sorted)),
                score(variance.sqrt(PRECISION)),
                score(sorted.get(0)),
                score(sorted.get(sorted.size() - 1)));
    }

    /** {@code part / whole} as a fraction 0–1, or null when {@code whole} is 0. */
    public static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** Mean duration in whole seconds, or null when there are none. */
    public static Long averageSeconds(Collection<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        BigDecimal totalMillis = BigDecimal.valueOf(durations.stream().mapToLong(Duration::toMillis).sum());
        return totalMillis.divide(BigDecimal.valueOf(1000L * durations.size()), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).add(sorted.get(middle)).divide(TWO);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal score(BigDecimal value) {
        return value.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
    }
}
