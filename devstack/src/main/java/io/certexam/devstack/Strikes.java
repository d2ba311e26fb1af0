package io.certexam.devstack;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Counts the checks in a row each of a changing set of things failed; a thing restarted is a new thing. */
final class Strikes<T> {

    private final int limit;
    private final Map<T, Integer> inARow = new IdentityHashMap<>();

    Strikes(int limit) {
        this.limit = limit;
    }

    /** One check of every current thing; returns those that have now failed {@code limit} checks in a row. */
    List<T> check(List<T> current, Predicate<T> failing) {
        inARow.keySet().removeIf(known -> current.stream().noneMatch(c -> c == known));
        List<T> out = new ArrayList<>();
        for (T thing : current) {
            if (!failing.test(thing)) {
                inARow.remove(thing);
            } else if (inARow.merge(thing, 1, Integer::sum) >= limit) {
                out.add(thing);
            }
        }
        return out;
    }
}
