package io.certexam.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Call(String path, String authorization, JsonNode body) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private HttpServer bank;

    @TempDir
    Path state;

    /** Answers like bank-service: 201 with a fresh id on create, the id on publish. */
    @BeforeEach
    void startFakeBank() throws IOException {
        bank = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        bank.createContext("/api", this::answer);
        bank.start();
    }

    @AfterEach
    void stopFakeBank() {
        bank.stop(0);
    }

    @Test
    void demoBankHasFifteenSingleChoiceQuestionsWithVariedValidAnswers() {
        JsonNode demo = DemoLoader.readDemo();
        List<JsonNode> questions = new ArrayList<>();
        demo.path("sections").forEach(section -> section.path("questions").forEach(questions::add));

        assertThat(questions).hasSize(15);
        Set<String> correctOptions = new HashSet<>();
        for (JsonNode question : questions) {
            assertThat(question.path("type").asText()).isEqualTo("SINGLE_CHOICE");
            List<String> optionIds = new ArrayList<>();
            question.path("options").forEach(option -> optionIds.add(option.path("id").asText()));
            assertThat(optionIds).containsExactly("A", "B", "C", "D");
            assertThat(question.path("answer").path("optionIds")).hasSize(1);
            String answer = question.path("answer").path("optionIds").get(0).asText();
            assertThat(optionIds).contains(answer);
            correctOptions.add(answer);
        }
        assertThat(correctOptions).containsExactlyInAnyOrder("A", "B", "C", "D");
        long chinese = questions.stream().filter(q -> q.path("stem").asText().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertThat(chinese).isEqualTo(12);
        assertThat(demo.path("exam").path("passPercent").asInt()).isEqualTo(60);
    }

    @Test
    void exactlyOneQuestionIsDeliberatelyMiskeyedAndTheAnnotationNeverReachesTheBank() {
        List<DemoQuestion> questions = DemoQuestion.fromDemo(DemoLoader.readDemo());

        List<DemoQuestion> miskeyed = questions.stream().filter(DemoQuestion::miskeyed).toList();
        assertThat(miskeyed).hasSize(1);
        assertThat(miskeyed.get(0).optionIds()).contains(miskeyed.get(0).trueOptionId());
        assertThat(miskeyed.get(0).keyOptionId()).isNotEqualTo(miskeyed.get(0).trueOptionId());
        // the weak stores' topics have questions to be weak on
        for (DemoCohort.Store store : DemoCohort.STORES) {
            if (store.weakTag() != null) {
                assertThat(questions).anyMatch(q -> q.tags().contains(store.weakTag()));
            }
        }

        new DemoLoader(URI.create("http://localhost:" + bank.getAddress().getPort()), "author-token").load();
        assertThat(calls).filteredOn(c -> c.path().equals("/api/questions")).allMatch(c -> !c.body().has("demo"));
        assertThat(calls).filteredOn(c -> c.path().equals("/api/questions"))
                .anyMatch(c -> c.body().path("stem").asText().equals(miskeyed.get(0).stem())
                        && c.body().path("answer").path("optionIds").get(0).asText().equals(miskeyed.get(0).keyOptionId()));
    }

    @Test
    void createsAndPublishesEveryQuestionThenTheExamOverThem() {
        String examId = new DemoLoader(URI.create("http://localhost:" + bank.getAddress().getPort()), "author-token")
                .loadOnce(state.resolve("demo-loaded"));

        assertThat(calls).allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer author-token"));
        List<Call> questionCreations = calls.stream().filter(c -> c.path().equals("/api/questions")).toList();
        assertThat(questionCreations).hasSize(15);
        List<String> questionIds = new ArrayList<>();
        for (int i = 0; i < calls.size() - 2; i += 2) {
            assertThat(calls.get(i).path()).isEqualTo("/api/questions");
            String id = "id-" + (i / 2 + 1);
            assertThat(calls.get(i + 1).path()).isEqualTo("/api/questions/" + id + "/publish");
            questionIds.add(id);
        }
        Call examCreation = calls.get(calls.size() - 2);
        assertThat(examCreation.path()).isEqualTo("/api/exams");
        assertThat(examCreation.body().path("title").asText()).isEqualTo("门店客户服务上岗认证（演示）");
        assertThat(examCreation.body().path("timeLimitMinutes").asInt()).isEqualTo(30);
        List<String> examQuestionIds = new ArrayList<>();
        examCreation.body().path("sections").forEach(section -> {
            assertThat(section.path("title").asText()).isNotBlank();
            section.path("questionIds").forEach(id -> examQuestionIds.add(id.asText()));
        });
        assertThat(examQuestionIds).containsExactlyElementsOf(questionIds);
        assertThat(examId).isEqualTo("id-16");
        assertThat(calls.get(calls.size() - 1).path()).isEqualTo("/api/exams/id-16/publish");
    }

    @Test
    void loadsOnlyOnceAndRemembersTheExamId() throws IOException {
        DemoLoader loader = new DemoLoader(URI.create("http://localhost:" + bank.getAddress().getPort()), "author-token");
        Path marker = state.resolve("demo-loaded");
        String first = loader.loadOnce(marker);
        int callsAfterFirst = calls.size();

        String second = loader.loadOnce(marker);

        assertThat(second).isEqualTo(first);
        assertThat(calls).hasSize(callsAfterFirst);
        assertThat(Files.readString(marker).trim()).isEqualTo(first);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        calls.add(new Call(path, exchange.getRequestHeaders().getFirst("Authorization"),
                body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body)));
        boolean publish = path.endsWith("/publish");
        String id = publish ? path.split("/")[3] : "id-" + ids.incrementAndGet();
        byte[] response = JSON.createObjectNode().put("id", id).put("status", publish ? "PUBLISHED" : "DRAFT")
                .toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(publish ? 200 : 201, response.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
        }
    }
}
