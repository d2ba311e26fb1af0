package io.certexam.reporting.itemanalysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classical test theory item statistics of one exam's current final results; a pure function of its
 * input. Formulas (population moments, divisor n, throughout; see docs/reporting-service.md):
 * <ul>
 * <li>facility p = mean of score / max over the attempts whose paper had the item;</li>
 * <li>discrimination D = mean(score / max) in the top group − the same in the bottom group, the groups being
 *     the 27 % of graded attempts with the highest and lowest totals (Kelley 1939; n = round(0.27 N), at
 *     least 1; equal totals are ranked by attempt id so the groups are reproducible);</li>
 * <li>point-biserial = Pearson correlation of the item score with the total minus that item (the corrected
 *     item–total correlation, so the item does not correlate with itself);</li>
 * <li>Cronbach's alpha = k / (k − 1) · (1 − Σ σ²ᵢ / σ²ₓ) over the items every graded paper had (KR-20 when
 *     those items are all scored right/wrong), SEM = σₓ · √(1 − α) (Cronbach 1951; Kuder and Richardson 1937).</li>
 * </ul>
 * Correlations and alpha are computed in {@code double}; they are estimates, rounded to 4 decimals.
 */
final class ItemStatistics {

    static final String LIKELY_MISKEY = "LIKELY_MISKEY";
    private static final double GROUP_SHARE = 0.27;

    private ItemStatistics() {
    }

    /** A question version within the exam. */
    record ItemRef(String questionId, int version) {
    }

    /** One item of one graded attempt; {@code optionIds} null when the answer was not a choice (or none). */
    record Observation(BigDecimal score, BigDecimal max, boolean omitted, List<String> optionIds) {
    }

    record Attempt(String attemptId, BigDecimal total, Map<ItemRef, Observation> items) {
    }

    /** Options shown (empty for non-choice items) and the keyed options (null when the key is unknown). */
    record ItemInfo(List<String> options, Set<String> key) {
    }

    record Distractor(String optionId, Boolean key, BigDecimal share, BigDecimal shareTop, BigDecimal shareBottom) {
    }

    record ItemResult(String questionId, int version, int respondents, BigDecimal facility, BigDecimal stdDev,
                      BigDecimal discrimination, BigDecimal pointBiserial, BigDecimal omitRate,
                      Long medianTimeSeconds, List<Distractor> distractors, List<String> flags) {
    }

    /**
     * @param kr20  alpha again when every item in it is scored 0 or full marks (then alpha is KR-20), else null
     * @param items k, the items every graded paper had, over which alpha is computed
     */
    record Reliability(BigDecimal cronbachAlpha, BigDecimal kr20, BigDecimal sem, int items, int attempts) {
    }

    record Analysis(Reliability reliability, List<ItemResult> items) {
    }

    static Analysis analyse(Collection<Attempt> graded, Map<ItemRef, ItemInfo> info,
                            Map<ItemRef, List<Long>> secondsSpent) {
        List<Attempt> ranked = new ArrayList<>(graded);
        ranked.sort(Comparator.comparing(Attempt::total).reversed().thenComparing(Attempt::attemptId));
        int groupSize = ranked.size() < 2 ? 0 : Math.max(1, (int) Math.round(GROUP_SHARE * ranked.size()));
        List<Attempt> top = ranked.subList(0, groupSize);
        List<Attempt> bottom = ranked.subList(ranked.size() - groupSize, ranked.size());

        Set<ItemRef> refs = new java.util.TreeSet<>(Comparator.comparing(ItemRef::questionId).thenComparing(ItemRef::version));
        graded.forEach(a -> refs.addAll(a.items().keySet()));
        List<ItemResult> items = new ArrayList<>();
        for (ItemRef ref : refs) {
            items.add(item(ref, ranked, top, bottom, info.getOrDefault(ref, new ItemInfo(List.of(), null)),
                    secondsSpent.getOrDefault(ref, List.of())));
        }
        return new Analysis(reliability(ranked, refs), items);
    }

    private static ItemResult item(ItemRef ref, List<Attempt> all, List<Attempt> top, List<Attempt> bottom,
                                   ItemInfo info, List<Long> seconds) {
        List<Attempt> respondents = all.stream().filter(a -> a.items().containsKey(ref)).toList();
        List<Attempt> topRespondents = top.stream().filter(a -> a.items().containsKey(ref)).toList();
        List<Attempt> bottomRespondents = bottom.stream().filter(a -> a.items().containsKey(ref)).toList();
        double[] scores = respondents.stream().mapToDouble(a -> score(a, ref)).toArray();
        double[] rest = respondents.stream().mapToDouble(a -> a.total().doubleValue() - score(a, ref)).toArray();
        Double discrimination = topRespondents.isEmpty() || bottomRespondents.isEmpty() ? null
                : meanFraction(topRespondents, ref) - meanFraction(bottomRespondents, ref);
        long omitted = respondents.stream().filter(a -> a.items().get(ref).omitted()).count();

        List<Distractor> distractors = new ArrayList<>();
        for (String option : info.options()) {
            distractors.add(new Distractor(option, info.key() == null ? null : info.key().contains(option),
                    share(respondents, ref, option), share(topRespondents, ref, option),
                    share(bottomRespondents, ref, option)));
        }
        List<String> flags = new ArrayList<>();
        if ((discrimination != null && discrimination < 0) || distractorBeatsKeyAtTop(distractors)) {
            flags.add(LIKELY_MISKEY);
        }
        return new ItemResult(ref.questionId(), ref.version(), respondents.size(),
                round(meanFraction(respondents, ref)), round(populationSd(scores)), round(discrimination),
                round(pearson(scores, rest)), rate(omitted, respondents.size()), median(seconds), distractors, flags);
    }

    /** A wrong option the top group chose more often than every keyed option. */
    private static boolean distractorBeatsKeyAtTop(List<Distractor> distractors) {
        BigDecimal bestKey = distractors.stream().filter(d -> Boolean.TRUE.equals(d.key()) && d.shareTop() != null)
                .map(Distractor::shareTop).max(Comparator.naturalOrder()).orElse(null);
        if (bestKey == null) {
            return false;
        }
        return distractors.stream().anyMatch(d -> Boolean.FALSE.equals(d.key()) && d.shareTop() != null
                && d.shareTop().compareTo(bestKey) > 0);
    }

    private static Reliability reliability(List<Attempt> attempts, Set<ItemRef> refs) {
        List<ItemRef> common = refs.stream().filter(ref -> attempts.stream().allMatch(a -> a.items().containsKey(ref)))
                .toList();
        int k = common.size();
        int n = attempts.size();
        if (k < 2 || n < 2) {
            return new Reliability(null, null, null, k, n);
        }
        double itemVariances = 0;
        for (ItemRef ref : common) {
            itemVariances += variance(attempts.stream().mapToDouble(a -> score(a, ref)).toArray());
        }
        double[] totals = attempts.stream().mapToDouble(a -> common.stream().mapToDouble(ref -> score(a, ref)).sum())
                .toArray();
        double totalVariance = variance(totals);
        if (totalVariance == 0) {
            return new Reliability(null, null, null, k, n);
        }
        double alpha = (double) k / (k - 1) * (1 - itemVariances / totalVariance);
        double sem = Math.sqrt(totalVariance) * Math.sqrt(Math.max(0, 1 - alpha));
        boolean dichotomous = common.stream().allMatch(ref -> attempts.stream().map(a -> a.items().get(ref))
                .allMatch(o -> o.score().signum() == 0 || o.score().compareTo(o.max()) == 0));
        return new Reliability(round(alpha), dichotomous ? round(alpha) : null, round(sem), k, n);
    }

    private static double score(Attempt attempt, ItemRef ref) {
        return attempt.items().get(ref).score().doubleValue();
    }

    private static double meanFraction(List<Attempt> attempts, ItemRef ref) {
        return attempts.stream().mapToDouble(a -> {
            Observation o = a.items().get(ref);
            return o.max() == null || o.max().signum() == 0 ? 0 : o.score().doubleValue() / o.max().doubleValue();
        }).average().orElse(Double.NaN);
    }

    private static BigDecimal share(List<Attempt> attempts, ItemRef ref, String option) {
        if (attempts.isEmpty()) {
            return null;
        }
        long chose = attempts.stream().filter(a -> {
            List<String> chosen = a.items().get(ref).optionIds();
            return chosen != null && new HashSet<>(chosen).contains(option);
        }).count();
        return rate(chose, attempts.size());
    }

    private static double variance(double[] values) {
        double mean = java.util.Arrays.stream(values).average().orElse(0);
        return java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length;
    }

    private static double populationSd(double[] values) {
        return values.length == 0 ? Double.NaN : Math.sqrt(variance(values));
    }

    private static Double pearson(double[] x, double[] y) {
        if (x.length < 2) {
            return null;
        }
        double mx = java.util.Arrays.stream(x).average().orElse(0);
        double my = java.util.Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? null : sxy / Math.sqrt(sxx * syy);
    }

    private static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle))
                .divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).longValue();
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null
                : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

}
