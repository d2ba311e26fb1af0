package io.certexam.exam.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.exam.Api;
import io.certexam.exam.SampleExams;
import io.certexam.exam.audit.AttemptChain;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** What an auditor gets: the stream with actors and times, the state as of any instant, and tamper evidence. */
@ServiceIntegrationTest
class AttemptAuditIntegrationTest {

    private static KafkaTestClient kafka;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void theAuditorSeesEveryChangeWithItsActorAndTheStateAtAnyInstant() {
        Api api = new Api(http);
        String candidate = "cand-" + UUID.randomUUID();
        String token = TestTokens.candidate(candidate);
        String attemptId = sat(api, token);

        List<JsonNode> events = api.auditEvents(attemptId);
        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly("AttemptBegun",
                "ResponseRecorded", "ItemFlagChanged", "ResponseRecorded", "DeadlineExtended", "AttemptHandedIn");
        assertThat(events).extracting(e -> e.path("sequence").asLong()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(events).extracting(e -> e.path("actor").asText())
                .containsExactly(candidate, candidate, candidate, candidate, "proctor-1", candidate);
        assertThat(events.get(4).path("actorRole").asText()).isEqualTo("PROCTOR");
        assertThat(events.get(4).path("payload").path("reason").asText()).isEqualTo("power cut in the store");
        assertThat(events.get(1).path("payload").path("answer").path("optionIds").get(0).asText()).isEqualTo("A");
        assertThat(events.get(3).path("payload").path("answer").path("optionIds").get(0).asText()).isEqualTo("C");
        assertThat(events.get(0).path("prevHash").asText()).isEqualTo(AttemptChain.GENESIS);
        assertThat(events).extracting(e -> e.path("prevHash").asText()).doesNotHaveDuplicates();

        // the state right after the first answer, before the change of mind
        Instant firstAnswer = Instant.parse(events.get(1).path("time").asText());
        Api.Reply then = api.get("/api/attempts/" + attemptId + "/events?asOf=" + firstAnswer, TestTokens.auditor());
        assertThat(then.status()).isEqualTo(HttpStatus.OK);
        assertThat(then.json().path("eventsUntilThen").asInt()).isEqualTo(2);
        JsonNode stateThen = then.json().path("attempt");
        assertThat(stateThen.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(stateThen.path("responses").get(0).path("response").path("optionIds").get(0).asText()).isEqualTo("A");
        assertThat(stateThen.path("flagged")).isEmpty();
        JsonNode now = api.get("/api/attempts/" + attemptId, TestTokens.auditor()).json();
        assertThat(now.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(now.path("responses").get(0).path("response").path("optionIds").get(0).asText()).isEqualTo("C");

        Instant beforeStart = Instant.parse(events.get(0).path("time").asText()).minusSeconds(1);
        assertThat(api.get("/api/attempts/" + attemptId + "/events?asOf=" + beforeStart, TestTokens.auditor())
                .status()).isEqualTo(HttpStatus.NOT_FOUND);
        Api.Reply badInstant = api.get("/api/attempts/" + attemptId + "/events?asOf=yesterday", TestTokens.auditor());
        assertThat(badInstant.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badInstant.contentType()).contains("application/problem+json");

        // the candidate's own view never shows a key
        assertThat(api.get("/api/attempts/" + attemptId, token).body())
                .doesNotContain("\"answer\"", "referenceAnswer", "rubric", "\"correct\"");
    }

    @Test
    void anIntactStreamVerifies() {
        Api api = new Api(http);
        String attemptId = sat(api, TestTokens.candidate("cand-" + UUID.randomUUID()));

        JsonNode verification = api.get("/api/attempts/" + attemptId + "/verification", TestTokens.auditor()).json();

        assertThat(verification.path("valid").asBoolean()).isTrue();
        assertThat(verification.path("events").asInt()).isEqualTo(6);
        assertThat(verification.path("brokenAt").isNull()).isTrue();
        assertThat(api.get("/api/attempts/" + attemptId + "/verification", TestTokens.proctor()).status())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAnswerChangedInTheDatabaseBreaksTheChainAtThatEvent() {
        Api api = new Api(http);
        String attemptId = sat(api, TestTokens.candidate("cand-" + UUID.randomUUID()));

        // someone with database access turns the first answer A into a B
        int changed = jdbc.sql("""
                        UPDATE domainevententry
                        SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '["A"]', '["B"]'), 'UTF8')
                        WHERE aggregateidentifier = ? AND sequencenumber = 1""")
                .param(attemptId)
                .update();
        assertThat(changed).isEqualTo(1);

        JsonNode verification = api.get("/api/attempts/" + attemptId + "/verification", TestTokens.auditor()).json();
        assertThat(verification.path("valid").asBoolean()).isFalse();
        assertThat(verification.path("brokenAt").asLong()).isEqualTo(1);
        assertThat(verification.path("problem").asText()).contains("event 1 is not what was recorded");
    }

    @Test
    void theLastEventIsVouchedForToo() {
        Api api = new Api(http);
        String attemptId = sat(api, TestTokens.candidate("cand-" + UUID.randomUUID()));

        // the hand-in is last: no later event records its hash, the recorded chain head does
        jdbc.sql("""
                        UPDATE domainevententry
                        SET timestamp = '2020-01-01T00:00:00.000Z'
                        WHERE aggregateidentifier = ? AND sequencenumber = 5""")
                .param(attemptId)
                .update();

        JsonNode verification = api.get("/api/attempts/" + attemptId + "/verification", TestTokens.auditor()).json();
        assertThat(verification.path("valid").asBoolean()).isFalse();
        assertThat(verification.path("brokenAt").asLong()).isEqualTo(5);
    }

    @Test
    void aRemovedEventIsFound() {
        Api api = new Api(http);
        String attemptId = sat(api, TestTokens.candidate("cand-" + UUID.randomUUID()));

        jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 2")
                .param(attemptId)
                .update();

        JsonNode verification = api.get("/api/attempts/" + attemptId + "/verification", TestTokens.auditor()).json();
        assertThat(verification.path("valid").asBoolean()).isFalse();
        assertThat(verification.path("brokenAt").asLong()).isEqualTo(2);
    }

    @Test
    void twoSavesRacingOnOneItemBothGetAnAnswerAndTheStreamStaysIntact() throws Exception {
        Api api = new Api(http);
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String examId = "exam-" + UUID.randomUUID();
        api.publish(kafka, SampleExams.exam(examId, 1));
        String attemptId = api.post("/api/exams/" + examId + "/attempts", token, null).json().path("attemptId").asText();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CountDownLatch gate = new CountDownLatch(1);
                List<Future<Api.Reply>> replies = new ArrayList<>();
                for (int i = 1; i <= 2; i++) {
                    long clientSeq = round * 2L + i;
                    String option = i == 1 ? "A" : "B";
                    replies.add(pool.submit(() -> {
                        gate.await();
                        return api.put("/api/attempts/" + attemptId + "/responses/" + SampleExams.SINGLE, token,
                                "{\"response\":{\"optionIds\":[\"" + option + "\"]},\"clientSeq\":" + clientSeq + "}");
                    }));
                }
                gate.countDown();
                for (Future<Api.Reply> reply : replies) {
                    assertThat(reply.get().status()).isEqualTo(HttpStatus.OK);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        // the highest clientSeq won, whatever order the requests were decided in
        JsonNode attempt = api.get("/api/attempts/" + attemptId, token).json();
        assertThat(attempt.path("responses").get(0).path("clientSeq").asLong()).isEqualTo(10);
        assertThat(attempt.path("responses").get(0).path("response").path("optionIds").get(0).asText()).isEqualTo("B");
        assertThat(api.get("/api/attempts/" + attemptId + "/verification", TestTokens.auditor()).json()
                .path("valid").asBoolean()).isTrue();
    }

    @Test
    void aLongStreamIsSnapshottedAndStillLoadsAndVerifies() {
        Api api = new Api(http);
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String examId = "exam-" + UUID.randomUUID();
        api.publish(kafka, SampleExams.exam(examId, 1));
        String attemptId = api.post("/api/exams/" + examId + "/attempts", token, null).json().path("attemptId").asText();

        for (int clientSeq = 1; clientSeq <= 130; clientSeq++) {
            save(api, attemptId, token, clientSeq % 2 == 0 ? "A" : "D", clientSeq);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?")
                .param(attemptId).query(Integer.class).single() > 0);
        // further commands load from the snapshot: the answers and the hash chain carry on from it
        save(api, attemptId, token, "B", 131);
        assertThat(api.post("/api/attempts/" + attemptId + "/submit", token, null).status()).isEqualTo(HttpStatus.OK);

        JsonNode attempt = api.get("/api/attempts/" + attemptId, token).json();
        assertThat(attempt.path("responses").get(0).path("clientSeq").asLong()).isEqualTo(131);
        JsonNode verification = api.get("/api/attempts/" + attemptId + "/verification", TestTokens.auditor()).json();
        assertThat(verification.path("valid").asBoolean()).isTrue();
        assertThat(verification.path("events").asInt()).isEqualTo(133);
    }

    /** Start, answer A, flag, change to C, a proctor's extension, submit: six events. */
    private static String sat(Api api, String token) {
        String examId = "exam-" + UUID.randomUUID();
        api.publish(kafka, SampleExams.exam(examId, 1));
        String attemptId = api.post("/api/exams/" + examId + "/attempts", token, null).json().path("attemptId").asText();
        save(api, attemptId, token, "A", 1);
        api.put("/api/attempts/" + attemptId + "/flags/" + SampleExams.SINGLE, token, null);
        save(api, attemptId, token, "C", 2);
        assertThat(api.post("/api/attempts/" + attemptId + "/time-extensions", TestTokens.proctor(),
                "{\"minutes\":5,\"reason\":\"power cut in the store\"}").status()).isEqualTo(HttpStatus.OK);
        assertThat(api.post("/api/attempts/" + attemptId + "/submit", token, null).status()).isEqualTo(HttpStatus.OK);
        return attemptId;
    }

    private static void save(Api api, String attemptId, String token, String option, long clientSeq) {
        assertThat(api.put("/api/attempts/" + attemptId + "/responses/" + SampleExams.SINGLE, token,
                "{\"response\":{\"optionIds\":[\"" + option + "\"]},\"clientSeq\":" + clientSeq + "}").status())
                .isEqualTo(HttpStatus.OK);
    }
}
