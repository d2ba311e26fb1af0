package io.certexam.reporting.itemanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.certexam.reporting.itemanalysis.ItemStatistics.Analysis;
import io.certexam.reporting.itemanalysis.ItemStatistics.Attempt;
import io.certexam.reporting.itemanalysis.ItemStatistics.Distractor;
import io.certexam.reporting.itemanalysis.ItemStatistics.ItemInfo;
import io.certexam.reporting.itemanalysis.ItemStatistics.ItemRef;
import io.certexam.reporting.itemanalysis.ItemStatistics.ItemResult;
import io.certexam.reporting.itemanalysis.ItemStatistics.Observation;

/**
 * A 10 × 4 response matrix worked by hand. Keys: q1 A, q2 B, q3 C, q4 D; q4 is the deliberately miskeyed
 * item (the strong candidates answer A). "-" is an omitted answer. One point per item.
 *
 * <pre>
 * attempt  q1 q2 q3 q4   scores   total
 * a01      A  B  C  A    1 1 1 0  3
 * a02      A  B  C  A    1 1 1 0  3
 * a03      A  B  C  D    1 1 1 1  4
 * a04      A  B  D  A    1 1 0 0  2
 * a05      A  C  C  D    1 0 1 1  3
 * a06      B  B  D  D    0 1 0 1  2
 * a07      A  C  D  D    1 0 0 1  2
 * a08      B  C  C  D    0 0 1 1  2
 * a09      C  D  D  D    0 0 0 1  1
 * a10      -  D  A  D    0 0 0 1  1
 * </pre>
 * Groups: n = round(0.27 · 10) = 3. Ranked by total, then attempt id: top a03 (4), a01, a02 (3; a05 also has
 * 3 but sorts after a02); bottom a08 (2), a09, a10 (1).
 * <p>
 * Expected values by hand (population moments) and cross-checked with an independent script:
 * <ul>
 * <li>q1: p = 6/10 = 0.6; sd = √(0.6·0.4) = 0.4899; D = 3/3 − 0/3 = 1; omit 1/10; shares A 0.6 (top 1, bottom 0),
 *     B 0.2 (0, 1/3), C 0.1 (0, 1/3), D 0.</li>
 * <li>q4: p = 0.7; sd = √(0.7·0.3) = 0.4583; D = 1/3 − 3/3 = −0.6667; rest-score correlation −0.6271;
 *     A chosen by 2/3 of the top group against 1/3 for the key D: LIKELY_MISKEY.</li>
 * <li>q2: p 0.5, sd 0.5, D 1, corrected r 0 (q2 is uncorrelated with q1 + q3 + q4). q3: p 0.5, D 2/3, r 1/3.</li>
 * <li>Alpha: Σσ²ᵢ = 0.24 + 0.25 + 0.25 + 0.21 = 0.95; totals have mean 2.3 and σ²ₓ = 8.1 / 10 = 0.81;
 *     α = 4/3 · (1 − 0.95 / 0.81) = −0.2305 (the miskey makes q4 work against the rest);
 *     SEM = √0.81 · √(1 + 0.2305) = 0.9 · 1.10929 = 0.9984. All items are right/wrong, so KR-20 = α.</li>
 * </ul>
 */
class ItemStatisticsTest {

    private static final Map<String, String> KEY = Map.of("q1", "A", "q2", "B", "q3", "C", "q4", "D");
    private static final List<String> QUESTIONS = List.of("q1", "q2", "q3", "q4");
    private static final Map<String, String> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("a01", "ABCA");
        MATRIX.put("a02", "ABCA");
        MATRIX.put("a03", "ABCD");
        MATRIX.put("a04", "ABDA");
        MATRIX.put("a05", "ACCD");
        MATRIX.put("a06", "BBDD");
        MATRIX.put("a07", "ACDD");
        MATRIX.put("a08", "BCCD");
        MATRIX.put("a09", "CDDD");
        MATRIX.put("a10", "-DAD");
    }

    @Test
    void matchesTheHandWorkedMatrix() {
        Analysis analysis = ItemStatistics.analyse(attempts(), info(), Map.of(new ItemRef("q1", 1), List.of(30L, 10L, 20L, 40L)));

        ItemResult q1 = item(analysis, "q1");
        assertThat(q1.respondents()).isEqualTo(10);
        assertThat(q1.facility()).isEqualByComparingTo("0.6000");
        assertThat(q1.stdDev()).isEqualByComparingTo("0.4899");
        assertThat(q1.discrimination()).isEqualByComparingTo("1.0000");
        assertThat(q1.omitRate()).isEqualByComparingTo("0.1000");
        assertThat(q1.medianTimeSeconds()).isEqualTo(25L); // (20 + 30) / 2
        assertDistractor(q1, "A", true, "0.6", "1", "0");
        assertDistractor(q1, "B", false, "0.2", "0", "0.3333");
        assertDistractor(q1, "C", false, "0.1", "0", "0.3333");
        assertDistractor(q1, "D", false, "0", "0", "0");
        assertThat(q1.flags()).isEmpty();

        ItemResult q2 = item(analysis, "q2");
        assertThat(q2.facility()).isEqualByComparingTo("0.5");
        assertThat(q2.stdDev()).isEqualByComparingTo("0.5");
        assertThat(q2.discrimination()).isEqualByComparingTo("1");
        assertThat(q2.pointBiserial().doubleValue()).isCloseTo(0.0, within(1e-4));
        assertThat(q2.flags()).isEmpty();

        ItemResult q3 = item(analysis, "q3");
        assertThat(q3.discrimination()).isEqualByComparingTo("0.6667");
        assertThat(q3.pointBiserial().doubleValue()).isCloseTo(1.0 / 3, within(1e-4));
        assertThat(q3.flags()).isEmpty();

        ItemResult q4 = item(analysis, "q4");
        assertThat(q4.facility()).isEqualByComparingTo("0.7");
        assertThat(q4.stdDev()).isEqualByComparingTo("0.4583");
        assertThat(q4.discrimination()).isEqualByComparingTo("-0.6667");
        assertThat(q4.pointBiserial().doubleValue()).isCloseTo(-0.6271, within(1e-4));
        assertDistractor(q4, "A", false, "0.3", "0.6667", "0");
        assertDistractor(q4, "D", true, "0.7", "0.3333", "1");
        assertThat(q4.flags()).containsExactly(ItemStatistics.LIKELY_MISKEY);

        assertThat(analysis.reliability().items()).isEqualTo(4);
        assertThat(analysis.reliability().attempts()).isEqualTo(10);
        assertThat(analysis.reliability().cronbachAlpha().doubleValue()).isCloseTo(-0.2305, within(1e-4));
        assertThat(analysis.reliability().kr20()).isEqualByComparingTo(analysis.reliability().cronbachAlpha());
        assertThat(analysis.reliability().sem().doubleValue()).isCloseTo(0.9984, within(1e-4));
    }

    @Test
    void aDistractorPreferredByTheTopGroupFlagsTheItemEvenWithPositiveDiscrimination() {
        // Top group (a1, a2): one chooses the key A (scored), one B; bottom (a3, a4) both wrong with C.
        Map<ItemRef, ItemInfo> info = Map.of(new ItemRef("q", 1), new ItemInfo(List.of("A", "B", "C"), Set.of("A")));
        ItemRef q = new ItemRef("q", 1);
        ItemRef other = new ItemRef("other", 1);
        List<Attempt> attempts = List.of(
                new Attempt("a1", new BigDecimal("9"), Map.of(q, obs(1, "A"), other, obs(8, null))),
                new Attempt("a2", new BigDecimal("8"), Map.of(q, obs(0, "B"), other, obs(8, null))),
                new Attempt("a3", new BigDecimal("2"), Map.of(q, obs(0, "C"), other, obs(2, null))),
                new Attempt("a4", new BigDecimal("1"), Map.of(q, obs(0, "C"), other, obs(1, null))),
                new Attempt("a5", new BigDecimal("7"), Map.of(q, obs(0, "B"), other, obs(7, null))),
                new Attempt("a6", new BigDecimal("7"), Map.of(q, obs(0, "B"), other, obs(7, null))),
                new Attempt("a7", new BigDecimal("5"), Map.of(q, obs(0, "C"), other, obs(5, null))));
        // n = round(0.27 · 7) = 2: top a1, a2; bottom a3, a4. Key A: top 1/2; B: top 1/2, not more. No flag.
        ItemResult result = item(ItemStatistics.analyse(attempts, info, Map.of()), "q");
        assertThat(result.discrimination()).isEqualByComparingTo("0.5");
        assertThat(result.flags()).isEmpty();

        // Now a1 also answers B (scored 0): the top group prefers B to the key.
        List<Attempt> changed = new java.util.ArrayList<>(attempts);
        changed.set(0, new Attempt("a1", new BigDecimal("9"), Map.of(q, obs(0, "B"), other, obs(9, null))));
        ItemResult flagged = item(ItemStatistics.analyse(changed, info, Map.of()), "q");
        assertThat(flagged.flags()).containsExactly(ItemStatistics.LIKELY_MISKEY);
    }

    private static Observation obs(int score, String option) {
        return new Observation(BigDecimal.valueOf(score), BigDecimal.TEN.min(BigDecimal.valueOf(Math.max(score, 1))),
                option == null, option == null ? null : List.of(option));
    }

    private static List<Attempt> attempts() {
        return MATRIX.entrySet().stream().map(entry -> {
            Map<ItemRef, Observation> items = new LinkedHashMap<>();
            int total = 0;
            for (int i = 0; i < QUESTIONS.size(); i++) {
                String q = QUESTIONS.get(i);
                String answer = entry.getValue().substring(i, i + 1);
                boolean omitted = answer.equals("-");
                int score = answer.equals(KEY.get(q)) ? 1 : 0;
                total += score;
                items.put(new ItemRef(q, 1), new Observation(BigDecimal.valueOf(score), BigDecimal.ONE, omitted,
                        omitted ? null : List.of(answer)));
            }
            return new Attempt(entry.getKey(), BigDecimal.valueOf(total), items);
        }).toList();
    }

    private static Map<ItemRef, ItemInfo> info() {
        Map<ItemRef, ItemInfo> info = new LinkedHashMap<>();
        QUESTIONS.forEach(q -> info.put(new ItemRef(q, 1), new ItemInfo(List.of("A", "B", "C", "D"), Set.of(KEY.get(q)))));
        return info;
    }

    private static ItemResult item(Analysis analysis, String questionId) {
        return analysis.items().stream().filter(i -> i.questionId().equals(questionId)).findFirst().orElseThrow();
    }

    private static void assertDistractor(ItemResult item, String option, boolean key, String share, String top,
                                         String bottom) {
        Distractor d = item.distractors().stream().filter(x -> x.optionId().equals(option)).findFirst().orElseThrow();
        assertThat(d.key()).isEqualTo(key);
        assertThat(d.share()).isEqualByComparingTo(share);
        assertThat(d.shareTop()).isEqualByComparingTo(top);
        assertThat(d.shareBottom()).isEqualByComparingTo(bottom);
    }
}
