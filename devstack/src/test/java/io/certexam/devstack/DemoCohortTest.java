package io.certexam.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DemoCohortTest {

    @Test
    void allocatesProportionallyToTheWeightsAndExactlyTheTotal() {
        // weights 20/15/20/10/20/15 of 100: 300 splits exactly
        assertThat(DemoCohort.allocate(300, DemoCohort.STORES)).containsExactly(60, 45, 60, 30, 60, 45);
        // 7 of 100: exact shares 1.4, 1.05, 1.4, 0.7, 1.4, 1.05 → floors 1,1,1,0,1,1 = 5; the two largest
        // remainders (0.7 of store 4, then 0.4 of store 1, the earliest of the three 0.4s) get one more each
        assertThat(DemoCohort.allocate(7, DemoCohort.STORES)).containsExactly(2, 1, 1, 1, 1, 1);
        assertThat(DemoCohort.allocate(0, DemoCohort.STORES)).containsOnly(0);
        for (int total : new int[] {1, 13, 299, 301, 1000}) {
            assertThat(java.util.Arrays.stream(DemoCohort.allocate(total, DemoCohort.STORES)).sum()).isEqualTo(total);
        }
        assertThatThrownBy(() -> DemoCohort.allocate(-1, DemoCohort.STORES)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cohortSpreadsOverSixStoresInThreeRegionsOfTwoChains() {
        List<DemoCohort.Candidate> cohort = DemoCohort.generate(300, 42, DemoCohort.STORES);

        assertThat(cohort).hasSize(300);
        assertThat(cohort).extracting(DemoCohort.Candidate::candidateId).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("demo-cand-\\d{4}"));
        Map<String, Long> perStore = cohort.stream()
                .collect(Collectors.groupingBy(DemoCohort.Candidate::orgPath, Collectors.counting()));
        assertThat(perStore).containsEntry("chain-a/east/store-042", 60L).containsEntry("chain-b/north/store-001", 60L)
                .containsEntry("chain-a/west/store-110", 30L).hasSize(6);
        Set<String> regions = perStore.keySet().stream().map(p -> p.substring(0, p.lastIndexOf('/'))).collect(Collectors.toSet());
        assertThat(regions).containsExactlyInAnyOrder("chain-a/east", "chain-a/west", "chain-b/north");
        // every org path is what reporting's prefix check accepts: id-like segments joined by single slashes
        assertThat(perStore.keySet()).allMatch(p -> p.matches("[a-z0-9-]+(/[a-z0-9-]+){2}"));
        // stores are interleaved, not in blocks, so the concurrent run mixes them
        assertThat(cohort.subList(0, 30).stream().map(DemoCohort.Candidate::orgPath).distinct().count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void weakStoresCarryTheirWeakTopicAndAbilitiesAreRoughlyNormal() {
        List<DemoCohort.Candidate> cohort = DemoCohort.generate(3000, 7, DemoCohort.STORES);

        Map<String, DemoCohort.Candidate> anyPerStore = cohort.stream()
                .collect(Collectors.toMap(DemoCohort.Candidate::orgPath, Function.identity(), (a, b) -> a));
        assertThat(anyPerStore.get("chain-a/east/store-042").weakTag()).isEqualTo("module:after-sales");
        assertThat(anyPerStore.get("chain-b/north/store-001").weakTag()).isEqualTo("module:compliance");
        assertThat(anyPerStore.get("chain-a/west/store-107").weakTag()).isNull();
        double mean = cohort.stream().mapToDouble(DemoCohort.Candidate::ability).average().orElseThrow();
        double variance = cohort.stream().mapToDouble(c -> Math.pow(c.ability() - mean, 2)).average().orElseThrow();
        assertThat(mean).isBetween(DemoCohort.MEAN_ABILITY - 0.1, DemoCohort.MEAN_ABILITY + 0.1);
        assertThat(Math.sqrt(variance)).isBetween(0.9, 1.1);
    }

    @Test
    void sameSeedSameCohort() {
        assertThat(DemoCohort.generate(50, 1, DemoCohort.STORES)).isEqualTo(DemoCohort.generate(50, 1, DemoCohort.STORES));
        assertThat(DemoCohort.generate(50, 1, DemoCohort.STORES)).isNotEqualTo(DemoCohort.generate(50, 2, DemoCohort.STORES));
    }
}
