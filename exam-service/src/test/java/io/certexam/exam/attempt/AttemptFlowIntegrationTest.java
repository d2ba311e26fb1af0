package io.certexam.exam.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.ItemResponse;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.Response;
import io.certexam.contracts.exam.ResponseSaved;
import io.certexam.exam.Api;
import io.certexam.exam.SampleExams;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Start, autosave and submit over HTTP, and what the service publishes for them. */
@ServiceIntegrationTest
class AttemptFlowIntegrationTest {

    private static KafkaTestClient kafka;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void startSaveAndSubmitArePublishedOnTheAttemptsTopic() {
        Api api = new Api(http);
        String examId = "exam-" + UUID.randomUUID();
        String candidate = "cand-" + UUID.randomUUID();
        String token = TestTokens.candidate(candidate, "chain-a/east/store-007");
        api.publish(kafka, SampleExams.exam(examId, 1));

        Instant before = Instant.now();
        Api.Reply started = api.post("/api/exams/" + examId + "/attempts", token, null);
        assertThat(started.status()).isEqualTo(HttpStatus.CREATED);
        JsonNode attempt = started.json();
        String attemptId = attempt.path("attemptId").asText();
        assertThat(started.response().getHeaders().getLocation()).hasToString("/api/attempts/" + attemptId);
        assertThat(attempt.path("examId").asText()).isEqualTo(examId);
        assertThat(attempt.path("examVersion").asInt()).isEqualTo(1);
        Instant deadline = Instant.parse(attempt.path("deadline").asText());
        assertThat(Duration.between(Instant.parse(attempt.path("startedAt").asText()), deadline))
                .isEqualTo(Duration.ofMinutes(60));
        assertThat(deadline).isAfter(before.plus(Duration.ofMinutes(59)));
        JsonNode sections = attempt.path("paper").path("sections");
        assertThat(sections).hasSize(2);
        assertThat(sections.get(1).path("items")).hasSize(3);
        assertThat(started.body()).doesNotContain("answer", "explanation", "referenceAnswer", "rubric", "correct");

        JsonNode single = item(attempt, SampleExams.SINGLE);
        assertThat(single.path("stem").asText()).isEqualTo("Which receipt is needed?");
        assertThat(single.path("points").decimalValue()).isEqualByComparingTo("2");
        assertThat(single.path("options").findValuesAsText("label")).containsExactly("A", "B", "C", "D");
        // the candidate picks what is shown as "B"; the stable option id is what gets recorded
        String shownAsB = single.path("options").get(1).path("id").asText();

        assertThat(save(api, attemptId, SampleExams.SINGLE, token, choice(shownAsB), 1).status()).isEqualTo(HttpStatus.OK);
        Api.Reply savedOpen = save(api, attemptId, SampleExams.OPEN, token, "{\"text\":\"credit for later\"}", 1);
        assertThat(savedOpen.json().path("clientSeq").asLong()).isEqualTo(1);
        assertThat(savedOpen.json().path("savedAt").asText()).isNotBlank();
        assertThat(save(api, attemptId, SampleExams.TRUE_FALSE, token, "{\"value\":false}", 1).status())
                .isEqualTo(HttpStatus.OK);
        assertThat(save(api, attemptId, SampleExams.SCENARIO_CHOICE, token, choice("Y"), 1).status())
                .isEqualTo(HttpStatus.OK);
        assertThat(save(api, attemptId, SampleExams.OPEN, token, "{\"text\":\"store credit\"}", 2).status())
                .isEqualTo(HttpStatus.OK);

        JsonNode view = api.get("/api/attempts/" + attemptId, token).json();
        assertThat(view.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(view.path("candidateId").asText()).isEqualTo(candidate);
        assertThat(view.path("remainingSeconds").asLong()).isBetween(1L, 3600L);
        assertThat(view.path("paper")).isEqualTo(attempt.path("paper"));
        assertThat(view.path("responses").findValuesAsText("itemId")).containsExactlyInAnyOrder(SampleExams.SINGLE,
                SampleExams.OPEN, SampleExams.TRUE_FALSE, SampleExams.SCENARIO_CHOICE);
        assertThat(responseOf(view, SampleExams.OPEN).path("response").path("text").asText()).isEqualTo("store credit");
        assertThat(responseOf(view, SampleExams.OPEN).path("clientSeq").asLong()).isEqualTo(2);

        Api.Reply submitted = api.post("/api/attempts/" + attemptId + "/submit", token, null);
        assertThat(submitted.status()).isEqualTo(HttpStatus.OK);
        assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");
        Instant submittedAt = Instant.parse(submitted.json().path("submittedAt").asText());

        AttemptStarted published = kafka.await(AttemptStarted.class, e -> e.attemptId().equals(attemptId));
        assertThat(published.candidateId()).isEqualTo(candidate);
        assertThat(published.orgPath()).isEqualTo("chain-a/east/store-007");
        assertThat(published.attemptNumber()).isEqualTo(1);
        assertThat(published.deadline()).isEqualTo(deadline);
        PaperItem publishedSingle = published.paper().sections().get(0).items().stream()
                .filter(i -> i.itemId().equals(SampleExams.SINGLE)).findFirst().orElseThrow();
        assertThat(publishedSingle.optionOrder()).containsExactlyElementsOf(single.path("options").findValuesAsText("id"));
        assertThat(publishedSingle.questionVersion()).isEqualTo(1);
        assertThat(rawAttemptStarted(attemptId)).doesNotContain("answer", "explanation", "referenceAnswer", "rubric",
                "\"stem\"");

        AttemptSubmitted handedIn = kafka.await(AttemptSubmitted.class, e -> e.attemptId().equals(attemptId));
        assertThat(handedIn.auto()).isFalse();
        assertThat(handedIn.submittedAt()).isEqualTo(submittedAt);
        assertThat(handedIn.candidateId()).isEqualTo(candidate);
        assertThat(handedIn.responses()).containsExactlyInAnyOrder(
                new ItemResponse(SampleExams.SINGLE, new Response(List.of(shownAsB), null, null)),
                new ItemResponse(SampleExams.OPEN, new Response(null, null, "store credit")),
                new ItemResponse(SampleExams.TRUE_FALSE, new Response(null, false, null)),
                new ItemResponse(SampleExams.SCENARIO_CHOICE, new Response(List.of("Y"), null, null)));

        // published in order per attempt, so every ResponseSaved is on the topic once AttemptSubmitted is
        List<ResponseSaved> saves = responsesSaved(attemptId);
        assertThat(saves).extracting(ResponseSaved::itemId).containsExactly(SampleExams.SINGLE, SampleExams.OPEN,
                SampleExams.TRUE_FALSE, SampleExams.SCENARIO_CHOICE, SampleExams.OPEN);
        assertThat(saves.get(4).clientSeq()).isEqualTo(2);
        assertThat(saves.get(4).response().text()).isEqualTo("store credit");
        assertThat(kafka.readAll(ResponseSaved.class).stream().filter(r -> r.payload().attemptId().equals(attemptId)))
                .allMatch(r -> r.key().equals(attemptId));
    }

    @Test
    void aRepeatedClientSeqReturnsTheSameSaveAndAnOlderOneIsIgnored() {
        Api api = new Api(http);
        String examId = "exam-" + UUID.randomUUID();
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        api.publish(kafka, SampleExams.exam(examId, 1));
        String attemptId = api.post("/api/exams/" + examId + "/attempts", token, null).json().path("attemptId").asText();

        Api.Reply first = save(api, attemptId, SampleExams.MULTI, token, choice("A", "C"), 5);
        Api.Reply repeated = save(api, attemptId, SampleExams.MULTI, token, choice("B"), 5);
        assertThat(repeated.status()).isEqualTo(HttpStatus.OK);
        assertThat(repeated.json()).isEqualTo(first.json());

        Api.Reply stale = save(api, attemptId, SampleExams.MULTI, token, choice("D"), 4);
        assertThat(stale.status()).isEqualTo(HttpStatus.OK);
        assertThat(stale.json().path("clientSeq").asLong()).isEqualTo(5);
        assertThat(stale.json().path("savedAt")).isEqualTo(first.json().path("savedAt"));

        JsonNode stored = responseOf(api.get("/api/attempts/" + attemptId, token).json(), SampleExams.MULTI);
        assertThat(stored.path("response").path("optionIds")).hasSize(2);
        assertThat(stored.path("response").path("optionIds").get(0).asText()).isEqualTo("A");
        assertThat(stored.path("response").path("optionIds").get(1).asText()).isEqualTo("C");
        assertThat(stored.path("clientSeq").asLong()).isEqualTo(5);

        Api.Reply newer = save(api, attemptId, SampleExams.MULTI, token, choice("E"), 6);
        assertThat(newer.json().path("clientSeq").asLong()).isEqualTo(6);
        api.post("/api/attempts/" + attemptId + "/submit", token, null);

        kafka.await(AttemptSubmitted.class, e -> e.attemptId().equals(attemptId));
        assertThat(responsesSaved(attemptId)).extracting(ResponseSaved::clientSeq).containsExactly(5L, 6L);
    }

    @Test
    void aSecondSubmitReturnsTheFirstAndASaveAfterSubmitIsRefused() {
        Api api = new Api(http);
        String examId = "exam-" + UUID.randomUUID();
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        api.publish(kafka, SampleExams.exam(examId, 1));
        String attemptId = api.post("/api/exams/" + examId + "/attempts", token, null).json().path("attemptId").asText();
        save(api, attemptId, SampleExams.TRUE_FALSE, token, "{\"value\":true}", 1);

        Api.Reply first = api.post("/api/attempts/" + attemptId + "/submit", token, null);
        Api.Reply second = api.post("/api/attempts/" + attemptId + "/submit", token, null);
        assertThat(second.status()).isEqualTo(HttpStatus.OK);
        assertThat(second.json()).isEqualTo(first.json());

        Api.Reply late = save(api, attemptId, SampleExams.TRUE_FALSE, token, "{\"value\":false}", 2);
        assertThat(late.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.code()).isEqualTo("attempt-closed");
        assertThat(late.contentType()).contains("application/problem+json");

        JsonNode view = api.get("/api/attempts/" + attemptId, token).json();
        assertThat(view.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(view.path("submittedAt")).isEqualTo(first.json().path("submittedAt"));
        assertThat(view.path("remainingSeconds").asLong()).isZero();
        assertThat(responseOf(view, SampleExams.TRUE_FALSE).path("response").path("value").asBoolean()).isTrue();

        kafka.await(AttemptSubmitted.class, e -> e.attemptId().equals(attemptId));
        assertThat(kafka.readAll(AttemptSubmitted.class).stream()
                .filter(r -> r.payload().attemptId().equals(attemptId))).hasSize(1);
    }

    static Api.Reply save(Api api, String attemptId, String itemId, String token, String response, long clientSeq) {
        return api.put("/api/attempts/" + attemptId + "/responses/" + itemId, token,
                "{\"response\":" + response + ",\"clientSeq\":" + clientSeq + "}");
    }

    static String choice(String... optionIds) {
        List<String> quoted = new ArrayList<>();
        for (String id : optionIds) {
            quoted.add("\"" + id + "\"");
        }
        return "{\"optionIds\":[" + String.join(",", quoted) + "]}";
    }

    private static JsonNode item(JsonNode attempt, String itemId) {
        for (JsonNode section : attempt.path("paper").path("sections")) {
            for (JsonNode item : section.path("items")) {
                if (item.path("itemId").asText().equals(itemId)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no item " + itemId);
    }

    private static JsonNode responseOf(JsonNode view, String itemId) {
        for (JsonNode response : view.path("responses")) {
            if (response.path("itemId").asText().equals(itemId)) {
                return response;
            }
        }
        throw new AssertionError("no response for " + itemId);
    }

    private static List<ResponseSaved> responsesSaved(String attemptId) {
        return kafka.readAll(ResponseSaved.class).stream()
                .map(KafkaTestClient.Received::payload)
                .filter(e -> e.attemptId().equals(attemptId))
                .toList();
    }

    private static String rawAttemptStarted(String attemptId) {
        return kafka.readRaw(Topics.EXAM_ATTEMPTS).stream()
                .filter(r -> attemptId.equals(r.key()))
                .filter(r -> EventType.ATTEMPT_STARTED.cloudEventType().equals(
                        KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
    }
}
