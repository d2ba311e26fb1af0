package io.certexam.systemtest;

import static io.certexam.devstack.DevService.BANK;
import static io.certexam.devstack.DevService.EXAM;
import static io.certexam.devstack.DevService.GRADING;
import static io.certexam.devstack.DevService.REPORTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.testsupport.TestTokens;

/**
 * The walking skeleton end to end, through the real paths of DESIGN §6: an author publishes questions
 * and an exam, the exam reaches exam-service over Kafka, a candidate sits it, grading scores it with
 * the keys it learned from the bank, and reporting shows the transcript and the exam summary.
 */
class SkeletonFlowSystemTest {

    private static final Duration ASYNC = Duration.ofSeconds(60);
    private static RunningSystem system;
    private final Http http = new Http();

    @BeforeAll
    static void startTheServices() {
        system = RunningSystem.start();
    }

    @AfterAll
    static void stopTheServices() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aCandidateSitsAPublishedExamAndTheResultAndReportsFollow() {
        String author = TestTokens.author();
        String candidate = TestTokens.candidate("cand-e2e-1", "chain-a/east/store-042");
        String admin = TestTokens.admin();

        // bank: three single-choice questions (2 points each) with known keys, and an exam over them
        Map<String, String> keyByQuestion = new HashMap<>();
        List<String> keys = List.of("B", "D", "A");
        for (int i = 0; i < keys.size(); i++) {
            String id = createAndPublishQuestion(author, "顾客服务第" + (i + 1) + "题：哪一项做法正确？", keys.get(i));
            keyByQuestion.put(id, keys.get(i));
        }
        Http.Reply exam = http.post(system.url(BANK) + "/api/exams", author, Map.of(
                "title", "End-to-end certification",
                "timeLimitMinutes", 30,
                "passPercent", 60,
                "maxAttempts", 2,
                "shuffleQuestions", true,
                "shuffleOptions", true,
                "certificateValidityMonths", 12,
                "sections", List.of(Map.of("title", "Service basics", "questionIds", List.copyOf(keyByQuestion.keySet())))));
        assertThat(exam.status()).as(exam.body().toString()).isEqualTo(201);
        String examId = exam.body().get("id").asText();
        Http.Reply published = http.post(system.url(BANK) + "/api/exams/" + examId + "/publish", author, null);
        assertThat(published.status()).as(published.body().toString()).isEqualTo(200);

        // exam-service learns about the exam from bank.exams.v1
        await().atMost(ASYNC).until(() -> http.get(system.url(EXAM) + "/api/exams/" + examId, candidate).status() == 200);

        Http.Reply attempt = http.post(system.url(EXAM) + "/api/exams/" + examId + "/attempts", candidate, null);
        assertThat(attempt.status()).as(attempt.body().toString()).isEqualTo(201);
        String attemptId = attempt.body().get("attemptId").asText();
        JsonNode items = attempt.body().at("/paper/sections/0/items");
        assertThat(items).hasSize(3);
        assertThat(attempt.body().toString()).doesNotContain("\"answer\"").doesNotContain("\"optionIds\"");

        // two right answers and one wrong: 4 of 6 points, 66.67 % ≥ 60 % → passed
        String wronglyAnswered = items.get(2).get("itemId").asText();
        long clientSeq = 1;
        for (JsonNode item : items) {
            String itemId = item.get("itemId").asText();
            String key = keyByQuestion.get(itemId);
            String choice = itemId.equals(wronglyAnswered) ? anyOtherOption(item, key) : key;
            Http.Reply saved = http.put(system.url(EXAM) + "/api/attempts/" + attemptId + "/responses/" + itemId, candidate,
                    Map.of("response", Map.of("optionIds", List.of(choice)), "clientSeq", clientSeq++));
            assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        }
        Http.Reply submitted = http.post(system.url(EXAM) + "/api/attempts/" + attemptId + "/submit", candidate, null);
        assertThat(submitted.body().get("status").asText()).isEqualTo("SUBMITTED");

        // grading scores with the keys it learned from bank.answer-keys.v1; the candidate reads the result
        await().atMost(ASYNC).until(() -> http.get(system.url(GRADING) + "/api/results/" + attemptId, candidate).status() == 200);
        JsonNode result = http.get(system.url(GRADING) + "/api/results/" + attemptId, candidate).body();
        assertThat(result.get("status").asText()).isEqualTo("FINAL");
        assertThat(result.get("revision").asInt()).isEqualTo(1);
        assertThat(result.get("score").decimalValue()).isEqualByComparingTo("4");
        assertThat(result.get("maxScore").decimalValue()).isEqualByComparingTo("6");
        assertThat(result.get("passed").asBoolean()).isTrue();

        // reporting: the candidate's transcript and the exam summary
        await().atMost(ASYNC).untilAsserted(() -> {
            JsonNode transcript = http.get(system.url(REPORTING) + "/api/reports/candidates/cand-e2e-1/transcript", candidate).body();
            assertThat(transcript.at("/attempts/0/attemptId").asText()).isEqualTo(attemptId);
            assertThat(transcript.at("/attempts/0/result/score").decimalValue()).isEqualByComparingTo("4");
        });
        await().atMost(ASYNC).untilAsserted(() -> {
            JsonNode summary = http.get(system.url(REPORTING) + "/api/reports/exams/" + examId + "/summary", admin).body();
            assertThat(summary.get("attempts").asInt()).isEqualTo(1);
            assertThat(summary.get("graded").asInt()).isEqualTo(1);
            assertThat(summary.get("passRate").decimalValue()).isEqualByComparingTo("1");
            assertThat(summary.get("mean").decimalValue()).isEqualByComparingTo("4");
        });

        // candidates never see one another's attempts or results
        String otherCandidate = TestTokens.candidate("cand-e2e-2", "chain-a/west/store-007");
        assertThat(http.get(system.url(EXAM) + "/api/attempts/" + attemptId, otherCandidate).status()).isEqualTo(404);
        assertThat(http.get(system.url(GRADING) + "/api/results/" + attemptId, otherCandidate).status()).isEqualTo(404);
        assertThat(http.get(system.url(REPORTING) + "/api/reports/candidates/cand-e2e-1/transcript", otherCandidate).status())
                .isEqualTo(403);
    }

    @Test
    void anExamBuiltFromAnImportedPaperCanBeTaken() throws Exception {
        String author = TestTokens.author();
        String candidate = TestTokens.candidate("cand-e2e-import", "chain-a/east/store-042");
        byte[] paper = new org.springframework.core.io.ClassPathResource("imported-paper.txt").getContentAsByteArray();

        Http.Reply imported = http.postBytes(system.url(BANK) + "/api/imports?format=text&publish=true&source=cashier-paper",
                author, paper);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        assertThat(imported.body().get("created").asInt()).isEqualTo(4);
        assertThat(imported.body().get("questions").findValuesAsText("type"))
                .containsExactly("SINGLE_CHOICE", "SINGLE_CHOICE", "TRUE_FALSE", "OPEN_RESPONSE");
        List<String> ids = imported.body().get("questions").findValuesAsText("id");

        Http.Reply exam = http.post(system.url(BANK) + "/api/exams", author, Map.of(
                "title", "收银岗位上岗测验", "timeLimitMinutes", 15, "passPercent", 60, "maxAttempts", 1,
                "sections", List.of(Map.of("title", "全部", "questionIds", ids))));
        assertThat(exam.status()).as(exam.body().toString()).isEqualTo(201);
        String examId = exam.body().get("id").asText();
        assertThat(http.post(system.url(BANK) + "/api/exams/" + examId + "/publish", author, null).status()).isEqualTo(200);

        await().atMost(ASYNC).until(() -> http.get(system.url(EXAM) + "/api/exams/" + examId, candidate).status() == 200);
        Http.Reply attempt = http.post(system.url(EXAM) + "/api/exams/" + examId + "/attempts", candidate, null);
        assertThat(attempt.status()).as(attempt.body().toString()).isEqualTo(201);
        String attemptId = attempt.body().get("attemptId").asText();
        assertThat(attempt.body().toString()).doesNotContain("核对备用金");  // the reference answer stays in the bank

        long seq = 1;
        for (JsonNode item : attempt.body().at("/paper/sections/0/items")) {
            Map<String, Object> response = switch (item.get("type").asText()) {
                case "SINGLE_CHOICE" -> Map.of("optionIds", List.of(item.at("/options/0/id").asText()));
                case "TRUE_FALSE" -> Map.of("value", true);
                default -> Map.of("text", "核对现金和票据，记录异常，双方签字。");
            };
            Http.Reply saved = http.put(system.url(EXAM) + "/api/attempts/" + attemptId + "/responses/"
                    + item.get("itemId").asText(), candidate, Map.of("response", response, "clientSeq", seq++));
            assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        }
        assertThat(http.post(system.url(EXAM) + "/api/attempts/" + attemptId + "/submit", candidate, null).status())
                .isEqualTo(200);

        // the open response needs a grader: the result exists, but is not final yet
        await().atMost(ASYNC).until(() -> http.get(system.url(GRADING) + "/api/results/" + attemptId,
                TestTokens.auditor()).status() == 200);
        JsonNode result = http.get(system.url(GRADING) + "/api/results/" + attemptId, TestTokens.auditor()).body();
        assertThat(result.get("status").asText()).isEqualTo("AWAITING_MANUAL_GRADING");
        assertThat(result.get("maxScore").decimalValue()).isEqualByComparingTo("10");
    }

    private String createAndPublishQuestion(String author, String stem, String key) {
        Http.Reply created = http.post(system.url(BANK) + "/api/questions", author, Map.of(
                "type", "SINGLE_CHOICE",
                "stem", stem,
                "options", List.of(option("A", "耐心倾听"), option("B", "核对凭证"), option("C", "及时回访"), option("D", "记录诉求")),
                "answer", Map.of("optionIds", List.of(key)),
                "points", 2,
                "tags", List.of("module:service-basics"),
                "difficulty", 2));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().get("id").asText();
        Http.Reply published = http.post(system.url(BANK) + "/api/questions/" + id + "/publish", author, null);
        assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
        return id;
    }

    private static Map<String, String> option(String id, String text) {
        return Map.of("id", id, "text", text);
    }

    private static String anyOtherOption(JsonNode item, String key) {
        for (JsonNode option : item.get("options")) {
            if (!option.get("id").asText().equals(key)) {
                return option.get("id").asText();
            }
        }
        throw new IllegalStateException("single choice item with one option");
    }
}
