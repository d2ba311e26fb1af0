package io.certexam.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Prepares the benchmark exam through bank-service's public REST API: {@code items} single-choice questions (four
 * options each), published, and an exam over them in one section, published; then waits until exam-service has
 * received it from {@code bank.exams.v1}. Prints the exam id as the last line.
 *
 * <p>Arguments: bankUrl examUrl keyFile timeLimitMinutes items label. The author token is minted with the stack's
 * dev key (subject {@code loadtest-author}, role AUTHOR).
 */
public final class Prepare {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        URI bank = URI.create(args[0]);
        URI exam = URI.create(args[1]);
        Tokens tokens = Tokens.fromKeyFile(Path.of(args[2]));
        int timeLimit = Integer.parseInt(args[3]);
        int items = Integer.parseInt(args[4]);
        String label = args.length > 5 ? args[5] : "load";
        String author = tokens.token("loadtest-author", List.of("AUTHOR"), "chain-lt");
        String candidate = tokens.candidate("loadtest-probe", "chain-lt/probe");

        List<String> questionIds = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            ObjectNode q = SaveBodies.JSON.createObjectNode();
            q.put("type", "SINGLE_CHOICE");
            q.put("stem", "Load benchmark " + label + ", question " + i + ": which option is the right one?");
            ArrayNode options = q.putArray("options");
            for (String id : List.of("A", "B", "C", "D")) {
                options.addObject().put("id", id).put("text", "Option " + id + " of question " + i + " (" + label + ")");
            }
            q.putObject("answer").putArray("optionIds").add("ABCD".substring(i % 4, i % 4 + 1));
            q.put("points", 1);
            q.putArray("tags").add("module:loadtest");
            q.put("difficulty", 2);
            q.put("language", "en");
            String id = send("POST", bank.resolve("/api/questions"), author, q, 201).path("id").asText();
            send("POST", bank.resolve("/api/questions/" + id + "/publish"), author, null, 200);
            questionIds.add(id);
        }
        ObjectNode e = SaveBodies.JSON.createObjectNode();
        e.put("title", "Load benchmark " + label + " (" + items + " items)");
        e.put("timeLimitMinutes", timeLimit);
        e.put("passPercent", 60);
        e.put("maxAttempts", 1);
        e.put("shuffleQuestions", true);
        e.put("shuffleOptions", true);
        ObjectNode section = e.putArray("sections").addObject();
        section.put("title", "Load");
        questionIds.forEach(section.putArray("questionIds")::add);
        String examId = send("POST", bank.resolve("/api/exams"), author, e, 201).path("id").asText();
        send("POST", bank.resolve("/api/exams/" + examId + "/publish"), author, null, 200);

        Instant until = Instant.now().plusSeconds(120);
        while (true) {
            HttpResponse<String> r = HTTP.send(request("GET", exam.resolve("/api/exams/" + examId), candidate, null),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                break;
            }
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("exam-service has not received exam " + examId + " within 120 s");
            }
            Thread.sleep(500);
        }
        System.err.printf("prepared exam %s: %d single-choice questions, %d minutes, published and arrived in exam-service%n",
                examId, items, timeLimit);
        System.out.println(examId);
    }

    private static HttpRequest request(String method, URI uri, String token, JsonNode body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return b.build();
    }

    private static JsonNode send(String method, URI uri, String token, JsonNode body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request(method, uri, token, body), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected && !(expected == 200 && r.statusCode() == 204)) {
            throw new IllegalStateException(method + " " + uri + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isBlank() ? SaveBodies.JSON.createObjectNode() : SaveBodies.JSON.readTree(r.body());
    }
}
