package io.certexam.reporting.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Counts of percent scores in equal-width bins over 0–100. Percent rather than points, so attempts of
 * exam versions with different maxima share one scale. Each bin includes its lower bound and excludes its
 * upper one, except the last, which includes 100.
 */
public final class ScoreHistogram {

    public static final int DEFAULT_BINS = 10;
    public static final int MAX_BINS = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreHistogram() {
    }

    public record Bin(BigDecimal from, BigDecimal to, long count) {
    }

    public static List<Bin> of(Collection<BigDecimal> percents, int bins) {
        long[] counts = new long[bins];
        for (BigDecimal percent : percents) {
            if (percent == null) {
                continue;
            }
            // index = floor(percent * bins / 100), clamped so 100 falls in the last bin and nothing below 0
            int index = percent.multiply(BigDecimal.valueOf(bins)).divide(HUNDRED, 0, RoundingMode.FLOOR).intValue();
            counts[Math.max(0, Math.min(bins - 1, index))]++;
        }
        List<Bin> histogram = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            histogram.add(new Bin(bound(i, bins), bound(i + 1, bins), counts[i]));
        }
        return histogram;
    }

    private static BigDecimal bound(int i, int bins) {
        return HUNDRED.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(bins), 2, RoundingMode.HALF_UP);
    }
}
