package io.certexam.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The no-loss check after an exam-day run, from what the load generator logged ({@code acks.csv},
 * {@code attempts.csv}) against the databases of the running stack:
 * <ul>
 * <li>every save acknowledged with 200 is a {@code ResponseRecorded} in exam-service's event store (db {@code exam},
 * table {@code domainevententry}) for the same attempt, item and clientSeq, whose answer rebuilds a body with the same
 * SHA-256 — else <b>lost</b> (missing) or <b>altered</b> (stored with other content); one stored twice is
 * <b>duplicated</b>; saves that got no answer at all are <b>indeterminate</b> (reported with whether they landed);</li>
 * <li>every started attempt is closed (submitted by the candidate or handed in at the deadline) and has exactly one
 * graded result in grading-service (db {@code grading}: one {@code result} row, exactly one
 * {@code result_revision}, since this benchmark regrades nothing) — else <b>missing</b> or <b>duplicated</b>;</li>
 * <li>the counts agree across the services: attempts handed in (exam), graded (grading), with a current result in
 * reporting (db {@code reporting}) and with a result event on {@code grading.results.v1} — else <b>disagree</b>.</li>
 * </ul>
 * It first waits (up to {@code waitSeconds}) for the never-submitters' deadlines and for grading to catch up.
 * Arguments: runDir waitSeconds [jdbcBase, default jdbc:postgresql://localhost:5432/] [kafka, default localhost:9092].
 * Exit code 0 only if nothing was lost, altered, duplicated or disagrees. Prints Markdown lines.
 */
public final class NoLossCheck {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long waitSeconds = Long.parseLong(args[1]);
        String jdbc = args.length > 2 ? args[2] : "jdbc:postgresql://localhost:5432/";
        String kafka = args.length > 3 ? args[3] : "localhost:9092";

        Map<String, String> acked = new HashMap<>(); // attempt|item|seq -> sha
        Set<String> indeterminate = new HashSet<>();
        long rejected = 0;
        for (String line : Files.readAllLines(dir.resolve("acks.csv"))) {
            String[] f = line.split(",");
            String key = f[0] + "|" + f[1] + "|" + f[2];
            switch (f[4]) {
                case "ACK" -> acked.put(key, f[3]);
                case "INDETERMINATE" -> indeterminate.add(key);
                default -> rejected++;
            }
        }
        Set<String> attempts = new LinkedHashSet<>();
        long submittedByCandidates = 0;
        long neverSubmit = 0;
        for (String line : Files.readAllLines(dir.resolve("attempts.csv"))) {
            String[] f = line.split(",");
            switch (f[2]) {
                case "STARTED" -> attempts.add(f[0]);
                case "SUBMITTED" -> submittedByCandidates++;
                case "NEVER-SUBMITS" -> neverSubmit++;
                default -> { }
            }
        }

        try (Connection exam = DriverManager.getConnection(jdbc + "exam", "postgres", "");
             Connection grading = DriverManager.getConnection(jdbc + "grading", "postgres", "");
             Connection reporting = DriverManager.getConnection(jdbc + "reporting", "postgres", "")) {
            Array ids = exam.createArrayOf("varchar", attempts.toArray());
            Array gids = grading.createArrayOf("varchar", attempts.toArray());
            Array rids = reporting.createArrayOf("varchar", attempts.toArray());

            // 1. wait until every attempt is closed and graded (or the time is up)
            Instant until = Instant.now().plusSeconds(waitSeconds);
            long open;
            long graded;
            long reported;
            while (true) {
                open = count(exam, "select count(*) from candidate_attempt where attempt_id = any(?) and status = 'IN_PROGRESS'", ids);
                graded = count(grading, "select count(distinct attempt_id) from result_revision where attempt_id = any(?)", gids);
                reported = count(reporting, "select count(*) from current_result where attempt_id = any(?)", rids);
                if ((open == 0 && graded >= attempts.size() && reported >= attempts.size()) || Instant.now().isAfter(until)) {
                    break;
                }
                Thread.sleep(2000);
            }

            // 2. acknowledged saves against the event store
            Map<String, List<String>> stored = new HashMap<>();
            try (PreparedStatement ps = exam.prepareStatement("select payload from domainevententry where aggregateidentifier = any(?) "
                    + "and payloadtype = 'io.certexam.exam.attempt.ResponseRecorded'")) {
                ps.setArray(1, ids);
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        JsonNode p = SaveBodies.JSON.readTree(rs.getBytes(1));
                        long seq = p.path("clientSeq").asLong();
                        String key = p.path("attemptId").asText() + "|" + p.path("itemId").asText() + "|" + seq;
                        stored.computeIfAbsent(key, k -> new ArrayList<>()).add(SaveBodies.sha256(SaveBodies.of(p.path("answer"), seq)));
                    }
                }
            }
            long lost = 0;
            long altered = 0;
            long duplicated = 0;
            for (Map.Entry<String, String> a : acked.entrySet()) {
                List<String> hashes = stored.get(a.getKey());
                if (hashes == null) {
                    lost++;
                } else if (!hashes.contains(a.getValue())) {
                    altered++;
                }
            }
            for (List<String> hashes : stored.values()) {
                if (hashes.size() > 1) {
                    duplicated++;
                }
            }
            long indeterminateLanded = indeterminate.stream().filter(stored::containsKey).count();

            // 3. attempts closed, results graded exactly once
            long closedAuto = count(exam, "select count(*) from domainevententry where aggregateidentifier = any(?) "
                    + "and payloadtype = 'io.certexam.exam.attempt.AttemptHandedIn' and convert_from(payload, 'UTF8')::jsonb ->> 'auto' = 'true'", ids);
            long handedIn = count(exam, "select count(*) from domainevententry where aggregateidentifier = any(?) "
                    + "and payloadtype = 'io.certexam.exam.attempt.AttemptHandedIn'", ids);
            long handedInTwice = count(exam, "select count(*) from (select aggregateidentifier from domainevententry where aggregateidentifier = any(?) "
                    + "and payloadtype = 'io.certexam.exam.attempt.AttemptHandedIn' group by 1 having count(*) > 1) t", ids);
            long withResult = count(grading, "select count(*) from result where attempt_id = any(?) and revision >= 1", gids);
            long resultRevisions = count(grading, "select count(*) from result_revision where attempt_id = any(?)", gids);
            long resultDuplicated = count(grading, "select count(*) from (select attempt_id from result_revision where attempt_id = any(?) "
                    + "group by 1 having count(*) > 1) t", gids);
            long resultMissing = attempts.size() - count(grading, "select count(distinct attempt_id) from result_revision where attempt_id = any(?)", gids);

            // 4. from the last deadline (auto hand-in) until the last result
            Instant lastDeadline = instant(exam, "select max((convert_from(payload, 'UTF8')::jsonb ->> 'submittedAt')::timestamptz) from domainevententry "
                    + "where aggregateidentifier = any(?) and payloadtype = 'io.certexam.exam.attempt.AttemptHandedIn' "
                    + "and convert_from(payload, 'UTF8')::jsonb ->> 'auto' = 'true'", ids);
            Instant lastGraded = instant(grading, "select max(graded_at) from result_revision where attempt_id = any(?)", gids);
            ResultTopic.Seen onTopic = ResultTopic.read(kafka, attempts);

            // 5. the same count everywhere
            long reportedSubmitted = count(reporting, "select count(*) from attempt where attempt_id = any(?) and status = 'SUBMITTED'", rids);
            long distinctGraded = attempts.size() - resultMissing;
            boolean agree = handedIn == distinctGraded && distinctGraded == reported && reported == reportedSubmitted
                    && reported == onTopic.attempts();

            boolean ok = lost == 0 && altered == 0 && duplicated == 0 && resultDuplicated == 0 && resultMissing == 0
                    && open == 0 && handedInTwice == 0 && agree;
            System.out.printf("| acknowledged saves | %d (rejected %d, no answer %d) |%n", acked.size(), rejected, indeterminate.size());
            System.out.printf("| saves **lost** / altered / duplicated in the event store | **%d** / %d / %d |%n", lost, altered, duplicated);
            System.out.printf("| saves indeterminate (no answer) / of which stored | %d / %d |%n", indeterminate.size(), indeterminateLanded);
            System.out.printf("| attempts started / submitted by candidates / never submit | %d / %d / %d |%n", attempts.size(), submittedByCandidates, neverSubmit);
            System.out.printf("| attempts handed in (auto at deadline) / still open / handed in twice | %d (%d) / %d / %d |%n", handedIn, closedAuto, open, handedInTwice);
            System.out.printf("| results: attempts with a graded result / revisions / **missing** / **duplicated** | %d / %d / **%d** / **%d** |%n",
                    withResult, resultRevisions, resultMissing, resultDuplicated);
            System.out.printf("| counts: handed in (exam) / graded (grading) / on grading.results.v1 / submitted + with a current result (reporting) | %d / %d / %d / %d + %d — %s |%n",
                    handedIn, distinctGraded, onTopic.attempts(), reportedSubmitted, reported, agree ? "agree" : "**disagree**");
            if (lastDeadline != null && lastGraded != null) {
                System.out.printf("| last deadline → last result graded | %.1f s |%n", Duration.between(lastDeadline, lastGraded).toMillis() / 1000.0);
            }
            if (lastDeadline != null && onTopic.last() != null) {
                System.out.printf("| last deadline → last result on grading.results.v1 | %.1f s |%n", Duration.between(lastDeadline, onTopic.last()).toMillis() / 1000.0);
            }
            System.out.printf("| no-loss check | %s |%n", ok ? "**PASS**" : "**FAIL**");
            System.exit(ok ? 0 : 1);
        }
    }

    private static long count(Connection c, String sql, Array ids) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Instant instant(Connection c, String sql, Array ids) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp t = rs.getTimestamp(1);
                return t == null ? null : t.toInstant();
            }
        }
    }
}
