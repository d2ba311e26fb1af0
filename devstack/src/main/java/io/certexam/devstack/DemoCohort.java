package io.certexam.devstack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The simulated candidates of the demo exam day: which store each one works in and how able they are. Pure and
 * deterministic for a given seed, so a demo run can be reproduced and the distribution tested.
 */
final class DemoCohort {

    /** A store, its share of the candidates (weight) and the tag its staff are weak on (null: none). */
    record Store(String orgPath, int weight, String weakTag) {
    }

    /** One simulated candidate; {@code ability} is on a logit scale, 0 = average. */
    record Candidate(int index, String candidateId, String orgPath, double ability, String weakTag) {
    }

    /**
     * Six stores in three regions of two chains. Store 042 is weak on after-sales (returns and refunds) and store 001
     * on customer-privacy rules, so the org roll-ups' per-tag rates show something a training manager can act on.
     */
    static final List<Store> STORES = List.of(
            new Store("chain-a/east/store-042", 20, "module:after-sales"),
            new Store("chain-a/east/store-018", 15, null),
            new Store("chain-a/west/store-107", 20, null),
            new Store("chain-a/west/store-110", 10, null),
            new Store("chain-b/north/store-001", 20, "module:compliance"),
            new Store("chain-b/north/store-005", 15, null));

    /** Trained staff sit a little above the middle of the item scale: about two in three pass the demo exam. */
    static final double MEAN_ABILITY = 0.3;

    private DemoCohort() {
    }

    /**
     * How many of {@code total} candidates each store gets: proportional to the weights, the remainders going to the
     * largest fractions (ties to the earlier store), so the counts add up to {@code total} exactly.
     */
    static int[] allocate(int total, List<Store> stores) {
        if (total < 0 || stores.isEmpty()) {
            throw new IllegalArgumentException("need a non-negative total and at least one store");
        }
        long weights = stores.stream().mapToLong(Store::weight).sum();
        int[] counts = new int[stores.size()];
        double[] remainders = new double[stores.size()];
        int assigned = 0;
        for (int i = 0; i < stores.size(); i++) {
            double exact = (double) total * stores.get(i).weight() / weights;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < stores.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders[a] != remainders[b] ? Double.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int k = 0; assigned < total; k++, assigned++) {
            counts[order.get(k % order.size())]++;
        }
        return counts;
    }

    /**
     * {@code total} candidates ({@code demo-cand-0001}, …) spread over the stores by {@link #allocate}, in a shuffled
     * order (so the concurrent run interleaves stores), each with an ability drawn from a normal
     * distribution (mean {@link #MEAN_ABILITY}, standard deviation 1).
     */
    static List<Candidate> generate(int total, long seed, List<Store> stores) {
        int[] counts = allocate(total, stores);
        List<Store> slots = new ArrayList<>(total);
        for (int i = 0; i < stores.size(); i++) {
            for (int c = 0; c < counts[i]; c++) {
                slots.add(stores.get(i));
            }
        }
        Random random = new Random(seed);
        Collections.shuffle(slots, random);
        List<Candidate> candidates = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            Store store = slots.get(i);
            candidates.add(new Candidate(i, String.format("demo-cand-%04d", i + 1), store.orgPath(),
                    MEAN_ABILITY + random.nextGaussian(), store.weakTag()));
        }
        return candidates;
    }
}
