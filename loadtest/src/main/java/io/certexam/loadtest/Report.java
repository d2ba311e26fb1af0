package io.certexam.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latency table from {@code requests.csv}: per request kind the count, errors (anything but the expected
 * status or a 503 refusal, including no answer), refusals (503, sent again after Retry-After), p50/p95/p99/max of
 * the response time of the answers that were not refusals, and the throughput of acknowledged requests (the
 * expected status) over the span in which that kind was sent: refusals and retries are load, not work done, and
 * counting them would flatter a stack that refuses. The "… until answered" rows time each request from its first
 * try to its last answer. Then the same latencies by when the request was sent, in 30-second windows: an
 * overloaded stack answers the requests of its worst minute late whatever they are, and starts all fall in the
 * ramp. Prints Markdown.
 */
public final class Report {

    public static void main(String[] args) throws Exception {
        Map<String, List<long[]>> byName = new LinkedHashMap<>();
        for (String name : List.of("start", "save", "submit", "start until answered", "save until answered",
                "submit until answered")) {
            byName.put(name, new ArrayList<>());
        }
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split(",");
            byName.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
        }
        System.out.println("| request | count | errors | busy (503) | p50 ms | p95 ms | p99 ms | max ms | acknowledged /s mean | acknowledged /s peak (1 s) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, List<long[]>> e : byName.entrySet()) {
            List<long[]> rows = e.getValue();
            if (rows.isEmpty()) {
                continue;
            }
            int expected = e.getKey().startsWith("start") ? 201 : 200;
            long busy = rows.stream().filter(r -> r[0] == 503).count();
            long errors = rows.stream().filter(r -> r[0] != expected && r[0] != 503).count();
            long[] times = rows.stream().filter(Report::answered).mapToLong(r -> r[1]).sorted().toArray();
            long first = rows.stream().mapToLong(r -> r[2]).min().orElse(0);
            long last = rows.stream().mapToLong(r -> r[2]).max().orElse(0);
            double span = Math.max(1, (last - first) / 1000.0);
            List<long[]> acknowledged = rows.stream().filter(r -> r[0] == expected).toList();
            Map<Long, Integer> perSecond = new HashMap<>();
            acknowledged.forEach(r -> perSecond.merge(r[2] / 1000, 1, Integer::sum));
            int peak = perSecond.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            System.out.printf("| %s | %d | %d | %d | %s | %s | %s | %s | %.1f | %d |%n", e.getKey(), rows.size(), errors, busy,
                    pct(times, 50), pct(times, 95), pct(times, 99), times.length == 0 ? "–" : Long.toString(times[times.length - 1]),
                    acknowledged.size() / span, peak);
        }
        byWindowSent(byName);
    }

    private static final List<String> KINDS = List.of("start", "save", "submit");
    private static final long WINDOW_MS = 30_000;

    private static void byWindowSent(Map<String, List<long[]>> byName) {
        long origin = KINDS.stream().flatMap(kind -> byName.get(kind).stream())
                .mapToLong(Report::sentAt).min().orElse(0);
        Map<Long, Map<String, List<Long>>> windows = new TreeMap<>();
        for (String kind : KINDS) {
            for (long[] r : byName.get(kind)) {
                if (answered(r)) {
                    windows.computeIfAbsent((sentAt(r) - origin) / WINDOW_MS, w -> new HashMap<>())
                            .computeIfAbsent(kind, k -> new ArrayList<>()).add(r[1]);
                }
            }
        }
        System.out.println();
        System.out.println("| sent at s | starts | start p50 ms | saves | save p50 ms | save p99 ms | submits | submit p50 ms |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        windows.forEach((window, kinds) -> {
            long[] starts = sorted(kinds.get("start"));
            long[] saves = sorted(kinds.get("save"));
            long[] submits = sorted(kinds.get("submit"));
            System.out.printf("| %d–%d | %d | %s | %d | %s | %s | %d | %s |%n", window * WINDOW_MS / 1000,
                    (window + 1) * WINDOW_MS / 1000, starts.length, pct(starts, 50), saves.length, pct(saves, 50),
                    pct(saves, 99), submits.length, pct(submits, 50));
        });
    }

    /** An answer other than a refusal (503): the rows whose response time the percentiles are taken over. */
    private static boolean answered(long[] row) {
        return row[1] >= 0 && row[0] != 503;
    }

    /** A row holds the status, the response time and when the answer came. */
    private static long sentAt(long[] row) {
        return row[2] - Math.max(0, row[1]);
    }

    private static long[] sorted(List<Long> times) {
        return times == null ? new long[0] : times.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static String pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return "–";
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return Long.toString(sorted[Math.max(0, Math.min(sorted.length - 1, rank))]);
    }
}
