package io.certexam.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the demo bank and exam ({@code demo/demo-bank.json}) through bank-service's public REST API, as an author
 * would: create and publish each question, then create and publish the exam over them.
 */
public final class DemoLoader {

    static final String DEMO_RESOURCE = "/demo/demo-bank.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI bankBaseUrl;
    private final String authorToken;

    public DemoLoader(URI bankBaseUrl, String authorToken) {
        this.bankBaseUrl = bankBaseUrl;
        this.authorToken = authorToken;
    }

    /** Loads the demo and returns the exam id, unless {@code marker} records an earlier load: then returns that id. */
    public String loadOnce(Path marker) {
        try {
            if (Files.exists(marker)) {
                return Files.readString(marker).trim();
            }
            String examId = load();
            Files.createDirectories(marker.toAbsolutePath().getParent());
            Files.writeString(marker, examId + "\n");
            return examId;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates and publishes everything; returns the exam id. */
    public String load() {
        JsonNode demo = readDemo();
        ArrayNode sections = JSON.createArrayNode();
        for (JsonNode section : demo.path("sections")) {
            List<String> questionIds = new ArrayList<>();
            for (JsonNode question : section.path("questions")) {
                String id = post("/api/questions", forBank(question)).path("id").asText();
                post("/api/questions/" + id + "/publish", null);
                questionIds.add(id);
            }
            ObjectNode examSection = sections.addObject().put("title", section.path("title").asText());
            questionIds.forEach(examSection.putArray("questionIds")::add);
        }
        ObjectNode exam = ((ObjectNode) demo.path("exam").deepCopy()).set("sections", sections);
        String examId = post("/api/exams", exam).path("id").asText();
        post("/api/exams/" + examId + "/publish", null);
        return examId;
    }

    /** The question as an author would send it: without the simulation's {@code demo} annotations. */
    static JsonNode forBank(JsonNode question) {
        ObjectNode copy = question.deepCopy();
        copy.remove("demo");
        return copy;
    }

    static JsonNode readDemo() {
        try (InputStream in = DemoLoader.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEMO_RESOURCE + " is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode post(String path, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(bankBaseUrl.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + authorToken)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during POST " + path, e);
        }
    }

    /**
     * Loads the demo into a stack that is already running (./run.sh without --demo), using the dev issuer's tokens, and
     * simulates the exam day as {@code --demo} does.
     */
    public static void main(String[] args) {
        HttpClient http = HttpClient.newHttpClient();
        ExamDay.TokenMinter tokens = (subject, roles, org) -> issue(http, subject, roles, org);
        String examId = new DemoLoader(URI.create(DevService.BANK.baseUrl()), tokens.token("author-1", List.of("AUTHOR"), null))
                .loadOnce(Path.of(DevStack.STATE_DIRECTORY, "demo-loaded"));
        System.out.println("Demo exam id: " + examId);
        new ExamDay(URI.create(DevService.EXAM.baseUrl()), URI.create(DevService.REPORTING.baseUrl()), tokens,
                ExamDay.Settings.fromEnvironment(System.getenv()), System.out)
                .runOnce(examId, Path.of(DevStack.STATE_DIRECTORY, ExamDay.MARKER));
    }

    private static String issue(HttpClient http, String subject, List<String> roles, String org) {
        Map<String, Object> request = new java.util.HashMap<>(Map.of("sub", subject, "roles", roles));
        if (org != null) {
            request.put("org", org);
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(DevStack.ISSUER_URL + "/dev/token"))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the dev token issuer at " + DevStack.ISSUER_URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
