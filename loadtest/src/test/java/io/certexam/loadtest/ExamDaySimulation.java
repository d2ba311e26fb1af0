package io.certexam.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Exam day (issue 7): an open injection of {@code candidates} candidates ramped over {@code ramp} seconds. Each one
 * starts an attempt on the prepared exam, saves every item with a pause of about {@code saveEvery} seconds (uniform
 * 0.5–1.5×), revisits a share ({@code changeShare}) of the items to change the answer, and submits; a share
 * ({@code neverSubmit}) never submits and is handed in by the server at the deadline. A save refused with 409 (the
 * attempt is over) ends the candidate's saving, as on the candidate's page; a save without an answer does not.
 * A request answered 503 (exam-service busy) is sent again after its {@code Retry-After}, as the page does.
 *
 * <p>System properties: examId (required), candidates (2000), ramp (60), saveEvery (5), neverSubmit (0.10),
 * changeShare (0.2), examUrl (http://localhost:8082), keyFile (../.devstack/jwt-key.json), runDir (target/run),
 * runId (a timestamp; makes the candidate ids unique per run), seed (42).
 *
 * <p>Besides Gatling's report, every save is logged with its outcome and the SHA-256 of the body sent (for the
 * no-loss check) and every request with its status and response time (for the table in docs/benchmarks.md).
 */
public class ExamDaySimulation extends Simulation {

    private final String examId = required("examId");
    private final int candidates = Integer.getInteger("candidates", 2000);
    private final int ramp = Integer.getInteger("ramp", 60);
    private final double saveEvery = Double.parseDouble(System.getProperty("saveEvery", "5"));
    private final double neverSubmit = Double.parseDouble(System.getProperty("neverSubmit", "0.10"));
    private final double changeShare = Double.parseDouble(System.getProperty("changeShare", "0.2"));
    private final String examUrl = System.getProperty("examUrl", "http://localhost:8082");
    private final String runId = System.getProperty("runId", Long.toString(System.currentTimeMillis(), 36));
    private final long seed = Long.getLong("seed", 42L);
    private final Tokens tokens = Tokens.fromKeyFile(Path.of(System.getProperty("keyFile", "../.devstack/jwt-key.json")));
    private final RunLog log = new RunLog(Path.of(System.getProperty("runDir", "target/run")));
    private final Random jitter = new Random(seed);

    private static final int BUSY_TRIES = 20;

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("-D" + name + "= is required (loadtest/run.sh prepares the exam and passes it)");
        }
        return value;
    }

    /** One candidate per user: a unique subject, an org path in one of 5 regions × 50 stores, and its own random stream. */
    private Iterator<Map<String, Object>> cohort() {
        AtomicInteger next = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                int i = next.incrementAndGet();
                Map<String, Object> c = new HashMap<>();
                c.put("index", i);
                c.put("candidateId", String.format("lt-%s-%05d", runId, i));
                c.put("org", "chain-lt/region-" + (i % 5) + "/store-" + String.format("%03d", i % 50));
                // spread the never-submitters evenly: candidate i never submits when the running share crosses an integer
                c.put("neverSubmit", Math.floor(i * neverSubmit) != Math.floor((i - 1) * neverSubmit));
                return c;
            }
        };
    }

    /** The saves this candidate will make: every item once in paper order, then a share revisited with another option. */
    private Session plan(Session session) {
        JsonNode started;
        try {
            started = SaveBodies.JSON.readTree(session.getString("startBody"));
        } catch (Exception e) {
            return session.markAsFailed();
        }
        Random random = new Random(seed * 1_000_003L + session.getInt("index"));
        List<String[]> saves = new ArrayList<>(); // {itemId, optionId}
        List<String[]> changes = new ArrayList<>();
        for (JsonNode section : started.path("paper").path("sections")) {
            for (JsonNode item : section.path("items")) {
                List<String> options = new ArrayList<>();
                item.path("options").forEach(o -> options.add(o.path("id").asText()));
                if (options.isEmpty()) {
                    continue;
                }
                String itemId = item.path("itemId").asText();
                String first = options.get(random.nextInt(options.size()));
                saves.add(new String[] {itemId, first});
                if (options.size() > 1 && random.nextDouble() < changeShare) {
                    String other;
                    do {
                        other = options.get(random.nextInt(options.size()));
                    } while (other.equals(first));
                    changes.add(new String[] {itemId, other});
                }
            }
        }
        saves.addAll(changes);
        return session.remove("startBody").set("plan", saves);
    }

    private Session nextSave(Session session) {
        List<String[]> plan = session.getList("plan");
        int i = session.getInt("i");
        String[] save = plan.get(i);
        long clientSeq = i + 1L;
        String body = SaveBodies.choice(List.of(save[1]), clientSeq);
        return session.set("itemId", save[0]).set("clientSeq", clientSeq)
                .set("saveBody", body).set("saveHash", SaveBodies.sha256(body));
    }

    private Session recordSave(Session session) {
        Integer status = session.contains("saveStatus") ? session.getInt("saveStatus") : null;
        String outcome = status == null ? "INDETERMINATE" : status == 200 ? "ACK" : "REJECTED-" + status;
        log.save(session.getString("attemptId"), session.getString("itemId"), session.getLong("clientSeq"),
                session.getString("saveHash"), outcome);
        recordRequest("save", session);
        if (status != null && status == 409) {
            session = session.set("closed", true);
        }
        // a save without an answer does not end the sitting: the candidate goes on (a 409 ends the saving, see saves)
        return session.markAsSucceeded();
    }

    private void recordRequest(String name, Session session) {
        log.request(name, session.contains("saveStatus") ? session.getInt("saveStatus") : 0,
                session.contains("rt") ? session.getInt("rt") : -1);
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(examUrl).acceptHeader("application/json")
            .disableWarmUp().disableCaching();

    /**
     * Sends a request again, after its {@code Retry-After} and up to a second of jitter, while exam-service answers
     * 503 (busy, or the database briefly away), as the candidate's page does; at most {@link #BUSY_TRIES} times.
     * Every try is logged; so is, as "{@code name} until answered", the time from the first try to the last answer.
     */
    private ChainBuilder whileBusy(String name, ChainBuilder tryOnce) {
        return exec(session -> session.set("tries", 0).set("firstTry", System.currentTimeMillis()))
                .asLongAs(session -> session.getInt("tries") == 0
                        || busy(session) && session.getInt("tries") < BUSY_TRIES).on(
                    doIf(session -> session.getInt("tries") > 0).then(
                        exec(session -> session).pause(session -> Duration.ofMillis(retryAfterMillis(session))))
                        .exec(session -> session.removeAll("saveStatus", "rt", "retryAfter"))
                        .exec(tryOnce)
                        .exec(session -> session.set("tries", session.getInt("tries") + 1)))
                .exec(session -> {
                    log.request(name + " until answered", session.contains("saveStatus") ? session.getInt("saveStatus") : 0,
                            System.currentTimeMillis() - session.getLong("firstTry"));
                    return session;
                });
    }

    private static boolean busy(Session session) {
        return session.contains("saveStatus") && session.getInt("saveStatus") == 503;
    }

    private long retryAfterMillis(Session session) {
        long seconds = 2;
        if (session.contains("retryAfter")) {
            try {
                seconds = Long.parseLong(session.getString("retryAfter").trim());
            } catch (NumberFormatException e) {
                // an HTTP date or nonsense: keep the default
            }
        }
        return seconds * 1000 + jitter.nextInt(1000);
    }

    private final ChainBuilder start = exec(session -> session.set("token",
            tokens.candidate(session.getString("candidateId"), session.getString("org"))))
            .exec(whileBusy("start", exec(http("start").post("/api/exams/" + examId + "/attempts")
                    .header("Authorization", "Bearer #{token}")
                    .check(responseTimeInMillis().saveAs("rt"), status().saveAs("saveStatus"),
                            header("Retry-After").optional().saveAs("retryAfter"), status().is(201),
                            jsonPath("$.attemptId").saveAs("attemptId"), bodyString().saveAs("startBody")))
                    .exec(session -> {
                        recordRequest("start", session);
                        return session;
                    })))
            .exec(session -> {
                if (!session.contains("attemptId")) {
                    return session.markAsFailed();
                }
                log.attempt(session.getString("attemptId"), session.getString("candidateId"), "STARTED");
                return session.markAsSucceeded();
            })
            .exitHereIfFailed()
            .exec(this::plan)
            .exitHereIfFailed();

    // A 409 on a save means the attempt is over (deadline passed, handed in): the client shows "time is up" and
    // stops saving, as the candidate's page does, instead of sending the rest of its plan to be refused.
    private final ChainBuilder saves = exec(session -> session).repeat(session -> session.<String[]>getList("plan").size(), "i").on(
            doIf(session -> !session.contains("closed")).then(
                exec(session -> session).pause(Duration.ofMillis(Math.round(saveEvery * 500)), Duration.ofMillis(Math.round(saveEvery * 1500)))
                        .exec(this::nextSave)
                        .exec(whileBusy("save", exec(http("save").put("/api/attempts/#{attemptId}/responses/#{itemId}")
                                .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                                .body(StringBody("#{saveBody}"))
                                .check(responseTimeInMillis().saveAs("rt"), status().saveAs("saveStatus"),
                                        header("Retry-After").optional().saveAs("retryAfter"), status().is(200)))
                                .exec(this::recordSave)))));

    private final ChainBuilder finish = exec(session -> session).doIfOrElse(session -> session.getBoolean("neverSubmit")).then(
            exec(session -> {
                log.attempt(session.getString("attemptId"), session.getString("candidateId"), "NEVER-SUBMITS");
                return session;
            })).orElse(
            exec(whileBusy("submit", exec(http("submit").post("/api/attempts/#{attemptId}/submit")
                            .header("Authorization", "Bearer #{token}")
                            .check(responseTimeInMillis().saveAs("rt"), status().saveAs("saveStatus"),
                                    header("Retry-After").optional().saveAs("retryAfter"), status().is(200)))
                    .exec(session -> {
                        recordRequest("submit", session);
                        return session;
                    })))
                    .exec(session -> {
                        Integer status = session.contains("saveStatus") ? session.getInt("saveStatus") : null;
                        log.attempt(session.getString("attemptId"), session.getString("candidateId"),
                                status != null && status == 200 ? "SUBMITTED" : "SUBMIT-FAILED-" + (status == null ? 0 : status));
                        return session;
                    }));

    private final ScenarioBuilder examDay = scenario("exam day").feed(cohort()).exec(start).exec(saves).exec(finish);

    {
        setUp(examDay.injectOpen(rampUsers(candidates).during(Duration.ofSeconds(ramp)))).protocols(protocol);
    }

    @Override
    public void before() {
        System.out.printf("exam day: %d candidates over %d s on exam %s, a save every ~%.1f s, %.0f %% never submit, run %s%n",
                candidates, ramp, examId, saveEvery, neverSubmit * 100, runId);
    }

    @Override
    public void after() {
        log.close();
    }
}
