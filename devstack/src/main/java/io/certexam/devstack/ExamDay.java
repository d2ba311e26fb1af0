package io.certexam.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo exam day: a few hundred simulated candidates in several stores sit the demo exam through exam-service's
 * public REST API, as real clients would (start, save answers, sometimes change one, submit), a few at a time. Then
 * it waits until reporting-service has caught up and prints what the reports show, with the URLs to try.
 */
public final class ExamDay {

    /** Mints a bearer token for a user; the dev token issuer in the stack, or its HTTP endpoint. */
    @FunctionalInterface
    interface TokenMinter {
        String token(String subject, List<String> roles, String org);
    }

    /** {@code DEMO_CANDIDATES} (default 300, 0 skips the exam day), {@code DEMO_THREADS} (8), {@code DEMO_SEED} (42). */
    record Settings(int candidates, int threads, long seed) {

        static Settings fromEnvironment(Map<String, String> env) {
            return new Settings(intSetting(env, "DEMO_CANDIDATES", 300, 0, 5000), intSetting(env, "DEMO_THREADS", 8, 1, 64),
                    longSetting(env, "DEMO_SEED", 42));
        }

        private static int intSetting(Map<String, String> env, String name, int fallback, int min, int max) {
            String value = env.getOrDefault(name, "").strip();
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
        }

        private static long longSetting(Map<String, String> env, String name, long fallback) {
            String value = env.getOrDefault(name, "").strip();
            try {
                return value.isEmpty() ? fallback : Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
            }
        }
    }

    /** What the simulation did. */
    record Outcome(int candidates, int submitted, int failed, int saves, int changedAnswers, int omitted, Duration took,
                   String firstError) {
    }

    static final String MARKER = "demo-day-done";
    static final String ADMIN_SUBJECT = "admin-1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EXAM_ARRIVAL_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration REPORTING_TIMEOUT = Duration.ofSeconds(180);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI examBaseUrl;
    private final URI reportingBaseUrl;
    private final TokenMinter tokens;
    private final Settings settings;
    private final PrintStream out;
    private final Map<String, DemoQuestion> questionsByStem = new HashMap<>();
    private final Map<String, String> stemsByItemId = new ConcurrentHashMap<>();

    ExamDay(URI examBaseUrl, URI reportingBaseUrl, TokenMinter tokens, Settings settings, PrintStream out) {
        this.examBaseUrl = examBaseUrl;
        this.reportingBaseUrl = reportingBaseUrl;
        this.tokens = tokens;
        this.settings = settings;
        this.out = out;
        DemoQuestion.fromDemo(DemoLoader.readDemo()).forEach(q -> questionsByStem.put(q.stem(), q));
    }

    /** Sits the exam day unless {@code marker} records an earlier one; then only prints where to look. */
    void runOnce(String examId, Path marker) {
        if (settings.candidates() == 0) {
            out.println("DEMO_CANDIDATES=0: no exam day simulated.");
            return;
        }
        if (Files.exists(marker)) {
            out.println("The demo exam day was simulated earlier (delete " + marker.getFileName()
                    + " in .devstack/ to sit it again: the same candidates then start further attempts).");
            out.println(String.join("\n", ExamDayReport.urls(examId, null)));
            return;
        }
        Outcome outcome = sit(examId);
        if (outcome.submitted() > 0) {
            try {
                Files.createDirectories(marker.toAbsolutePath().getParent());
                Files.writeString(marker, examId + " " + outcome.submitted() + " " + Instant.now() + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        report(examId, outcome);
    }

    /** Every candidate starts, answers and submits; {@link Settings#threads()} at a time. */
    Outcome sit(String examId) {
        List<DemoCohort.Candidate> cohort = DemoCohort.generate(settings.candidates(), settings.seed(), DemoCohort.STORES);
        awaitExamArrival(examId, cohort.get(0));
        out.printf("Exam day: %d candidates in %d stores sit the demo exam, %d at a time…%n",
                cohort.size(), DemoCohort.STORES.size(), settings.threads());
        Instant start = Instant.now();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger saves = new AtomicInteger();
        AtomicInteger changed = new AtomicInteger();
        AtomicInteger omitted = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        int step = Math.max(1, cohort.size() / 10);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (DemoCohort.Candidate candidate : cohort) {
                futures.add(pool.submit(() -> {
                    try {
                        SatAttempt attempt = sitOne(examId, candidate);
                        submitted.incrementAndGet();
                        saves.addAndGet(attempt.saves());
                        changed.addAndGet(attempt.changed());
                        omitted.addAndGet(attempt.omitted());
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, candidate.candidateId() + ": " + e.getMessage());
                    }
                    int n = done.incrementAndGet();
                    if (n % step == 0 || n == cohort.size()) {
                        out.printf("  %d/%d candidates done (%d submitted, %d failed), %d s%n", n, cohort.size(),
                                submitted.get(), failed.get(), Duration.between(start, Instant.now()).toSeconds());
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the exam day", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Outcome outcome = new Outcome(cohort.size(), submitted.get(), failed.get(), saves.get(), changed.get(),
                omitted.get(), Duration.between(start, Instant.now()), firstError.get());
        out.printf("Exam day done in %d s: %d submitted, %d failed, %d answers saved (%d changed once), %d questions left out%n",
                outcome.took().toSeconds(), outcome.submitted(), outcome.failed(), outcome.saves(),
                outcome.changedAnswers(), outcome.omitted());
        if (outcome.firstError() != null) {
            out.println("  first failure: " + outcome.firstError());
        }
        return outcome;
    }

    private record SatAttempt(String attemptId, int saves, int changed, int omitted) {
    }

    private SatAttempt sitOne(String examId, DemoCohort.Candidate candidate) {
        String token = tokens.token(candidate.candidateId(), List.of("CANDIDATE"), candidate.orgPath());
        Reply started = send("POST", examBaseUrl, "/api/exams/" + examId + "/attempts", token, null);
        started.require(201, "start");
        String attemptId = started.body().path("attemptId").asText();
        // one stream of random numbers per candidate: the same choices whatever the threads' interleaving
        Random random = new Random(settings.seed() * 1_000_003L + candidate.index());
        int seq = 0;
        int saves = 0;
        int changed = 0;
        int omitted = 0;
        for (JsonNode section : started.body().path("paper").path("sections")) {
            for (JsonNode item : section.path("items")) {
                String itemId = item.path("itemId").asText();
                String stem = item.path("stem").asText();
                stemsByItemId.putIfAbsent(itemId, stem);
                List<String> optionIds = new ArrayList<>();
                item.path("options").forEach(option -> optionIds.add(option.path("id").asText()));
                if (optionIds.isEmpty()) {
                    omitted++; // not a choice item: the demo bank has none, so leave it out
                    continue;
                }
                DemoQuestion question = questionsByStem.get(stem);
                AnswerModel.Plan plan = question != null
                        ? AnswerModel.plan(candidate, question, random) : AnswerModel.guess(optionIds, random);
                if (plan.omitted()) {
                    omitted++;
                }
                if (plan.changed()) {
                    changed++;
                }
                for (String optionId : plan.saves()) {
                    ObjectNode body = JSON.createObjectNode();
                    body.putObject("response").putArray("optionIds").add(optionId);
                    body.put("clientSeq", ++seq);
                    send("PUT", examBaseUrl, "/api/attempts/" + attemptId + "/responses/" + itemId, token, body)
                            .require(200, "save");
                    saves++;
                }
            }
        }
        send("POST", examBaseUrl, "/api/attempts/" + attemptId + "/submit", token, null).require(200, "submit");
        return new SatAttempt(attemptId, saves, changed, omitted);
    }

    private void awaitExamArrival(String examId, DemoCohort.Candidate someone) {
        String token = tokens.token(someone.candidateId(), List.of("CANDIDATE"), someone.orgPath());
        Instant deadline = Instant.now().plus(EXAM_ARRIVAL_TIMEOUT);
        while (true) {
            Reply reply = send("GET", examBaseUrl, "/api/exams/" + examId, token, null);
            if (reply.status() == 200) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("exam-service has not received exam " + examId + " within "
                        + EXAM_ARRIVAL_TIMEOUT.toSeconds() + " s (last answer " + reply.status() + ")");
            }
            pause(Duration.ofMillis(500));
        }
    }

    /** Waits for reporting-service to hold every submitted attempt with its FINAL result, then prints the reports. */
    void report(String examId, Outcome outcome) {
        String admin = adminToken();
        out.println("Waiting for reporting-service to catch up…");
        Instant deadline = Instant.now().plus(REPORTING_TIMEOUT);
        JsonNode results;
        while (true) {
            Reply reply = send("GET", reportingBaseUrl, "/api/reports/exams/" + examId + "/results", admin, null);
            results = reply.status() == 200 ? reply.body() : JSON.createObjectNode();
            long ready = ExamDayReport.submittedAndFinal(results);
            if (ready >= outcome.submitted() && lagIsZero(admin)) {
                break;
            }
            if (Instant.now().isAfter(deadline)) {
                out.printf("reporting-service holds %d of %d results after %d s; the figures below are partial.%n",
                        ready, outcome.submitted(), REPORTING_TIMEOUT.toSeconds());
                break;
            }
            pause(Duration.ofSeconds(1));
        }
        JsonNode summary = get("/api/reports/exams/" + examId + "/summary", admin);
        JsonNode items = get("/api/reports/exams/" + examId + "/items", admin);
        Map<String, JsonNode> rollups = new java.util.LinkedHashMap<>();
        collectRollups("", examId, admin, rollups, 0);
        String certificateId = ExamDayReport.someValidCertificate(results);
        JsonNode verification = certificateId == null ? null
                : get("/api/certificates/" + certificateId + "/verification", null);
        List<String> lines = new ArrayList<>();
        lines.addAll(ExamDayReport.summary(summary));
        lines.addAll(ExamDayReport.items(items, stemsByItemId));
        lines.addAll(ExamDayReport.rollups(rollups));
        lines.addAll(ExamDayReport.certificates(results, verification));
        lines.addAll(ExamDayReport.urls(examId, certificateId));
        out.println(String.join("\n", lines));
    }

    private void collectRollups(String prefix, String examId, String admin, Map<String, JsonNode> into, int depth) {
        String query = "/api/reports/org-units?examId=" + enc(examId) + (prefix.isEmpty() ? "" : "&prefix=" + enc(prefix));
        JsonNode rollup = get(query, admin);
        into.put(prefix, rollup);
        if (depth < 2) {
            for (JsonNode unit : rollup.path("units")) {
                String child = unit.path("orgUnit").asText();
                if (!child.equals(prefix)) {
                    collectRollups(child, examId, admin, into, depth + 1);
                }
            }
        }
    }

    private boolean lagIsZero(String admin) {
        Reply reply = send("GET", reportingBaseUrl, "/api/admin/rebuild", admin, null);
        return reply.status() != 200 || reply.body().path("lag").asLong(0) == 0;
    }

    private JsonNode get(String path, String token) {
        Reply reply = send("GET", reportingBaseUrl, path, token, null);
        reply.require(200, "GET " + path);
        return reply.body();
    }

    private String adminToken() {
        DevPersonas.Persona admin = DevPersonas.ALL.stream().filter(p -> p.subject().equals(ADMIN_SUBJECT)).findFirst()
                .orElseThrow();
        return tokens.token(admin.subject(), admin.roles(), admin.org());
    }

    record Reply(int status, JsonNode body, String method, String path) {
        void require(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": " + method + " " + path + " answered " + status + " "
                        + body.path("code").asText(body.path("title").asText("")));
            }
        }
    }

    /** One request; a connection failure or a 503 is retried a few times (saves are idempotent by clientSeq). */
    private Reply send(String method, URI base, String path, String token, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        IOException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 503 && attempt < 3) {
                    pause(Duration.ofMillis(300L * attempt));
                    continue;
                }
                JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : readOrEmpty(response.body());
                return new Reply(response.statusCode(), json, method, path);
            } catch (IOException e) {
                last = e;
                pause(Duration.ofMillis(300L * attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during " + method + " " + path, e);
            }
        }
        throw new UncheckedIOException(method + " " + path + " failed", last);
    }

    private static JsonNode readOrEmpty(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
