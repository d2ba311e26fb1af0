package io.certexam.reporting.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mean of a part of the score (a section or a tag) over the graded attempts that had it.
 *
 * @param count attempts whose result has this section or tag
 * @param mean  mean points, 2 decimals
 * @param rate  Σ score / Σ max score, a fraction 0–1 with 4 decimals (null when the max is 0)
 */
public record GroupMean(String name, long count, BigDecimal mean, BigDecimal rate) {

    /** Accumulates (name, score, max) triples; {@link #means()} lists them by name. */
    public static final class Accumulator {

        private final Map<String, BigDecimal[]> totals = new TreeMap<>();
        private final Map<String, Long> counts = new TreeMap<>();

        public void add(String name, BigDecimal score, BigDecimal max) {
            if (name == null || score == null) {
                return;
            }
            BigDecimal[] sum = totals.computeIfAbsent(name, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(score);
            sum[1] = sum[1].add(max == null ? BigDecimal.ZERO : max);
            counts.merge(name, 1L, Long::sum);
        }

        public List<GroupMean> means() {
            List<GroupMean> means = new ArrayList<>();
            totals.forEach((name, sum) -> {
                long n = counts.get(name);
                BigDecimal mean = sum[0].divide(BigDecimal.valueOf(n), ExamStatistics.SCORE_SCALE, RoundingMode.HALF_UP);
                BigDecimal rate = sum[1].signum() == 0 ? null
                        : sum[0].divide(sum[1], ExamStatistics.RATE_SCALE, RoundingMode.HALF_UP);
                means.add(new GroupMean(name, n, mean, rate));
            });
            return means;
        }
    }
}
