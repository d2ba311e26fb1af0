package io.certexam.exam.attempt;

import static io.certexam.exam.attempt.AttemptFlowIntegrationTest.choice;
import static io.certexam.exam.attempt.AttemptFlowIntegrationTest.save;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;

import io.certexam.contracts.bank.ExamPublished;
import io.certexam.exam.Api;
import io.certexam.exam.MovableClock;
import io.certexam.exam.SampleExams;
import io.certexam.exam.paper.PaperBuilder;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Who may do what to an attempt, the start policy, and every kind of bad input. */
@ServiceIntegrationTest
class AttemptRulesIntegrationTest {

    private static KafkaTestClient kafka;

    @Autowired
    TestRestTemplate http;

    @Autowired
    MovableClock clock;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyTheOwnerProctorsAndAuditorsSeeAnAttemptAndOnlyTheOwnerChangesIt() {
        Api api = new Api(http);
        String owner = TestTokens.candidate("cand-" + UUID.randomUUID());
        String other = TestTokens.candidate("cand-" + UUID.randomUUID());
        String attemptId = startedAttempt(api, publishedExam(api), owner);

        assertThat(api.get("/api/attempts/" + attemptId, owner).status()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/attempts/" + attemptId, TestTokens.proctor()).status()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/attempts/" + attemptId, TestTokens.auditor()).status()).isEqualTo(HttpStatus.OK);

        Api.Reply peek = api.get("/api/attempts/" + attemptId, other);
        assertThat(peek.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(peek.body()).doesNotContain(SampleExams.SINGLE);
        assertThat(save(api, attemptId, SampleExams.SINGLE, other, choice("A"), 1).status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post("/api/attempts/" + attemptId + "/submit", other, null).status())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(save(api, attemptId, SampleExams.SINGLE, TestTokens.proctor(), choice("A"), 1).status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("/api/attempts/" + attemptId + "/submit", TestTokens.proctor(), null).status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/api/attempts/" + attemptId, TestTokens.grader()).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("/api/exams/some-exam/attempts", TestTokens.proctor(), null).status())
                .isEqualTo(HttpStatus.FORBIDDEN);

        Api.Reply anonymous = save(api, attemptId, SampleExams.SINGLE, null, choice("A"), 1);
        assertThat(anonymous.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.contentType()).contains("application/problem+json");
        assertThat(api.get("/api/attempts/" + attemptId, null).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.post("/api/exams/some-exam/attempts", null, null).status()).isEqualTo(HttpStatus.UNAUTHORIZED);

        // nothing the others tried was stored
        assertThat(api.get("/api/attempts/" + attemptId, owner).json().path("responses")).isEmpty();
    }

    @Test
    void badInputIsAPreciseClientError() {
        Api api = new Api(http);
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String attemptId = startedAttempt(api, publishedExam(api), token);
        String path = "/api/attempts/" + attemptId + "/responses/" + SampleExams.SINGLE;

        assertBadRequest(api.put(path, token, "{\"response\": {\"optionIds\": [\"A\"]"), null);
        assertBadRequest(api.put(path, token, "{\"response\":{\"optionIds\":[\"A\"]},\"clientSeq\":\"first\"}"),
                "clientSeq");
        assertBadRequest(api.put(path, token, "{\"response\":{\"optionIds\":\"A\"},\"clientSeq\":1}"),
                "response.optionIds");
        assertBadRequest(api.put(path, token, "{\"response\":{\"optionIds\":[\"A\"]}}"), "clientSeq");
        assertBadRequest(api.put(path, token, "{\"clientSeq\":1}"), "response");
        assertBadRequest(api.put(path, token, "{\"response\":{\"optionIds\":[\"A\"]},\"clientSeq\":-1}"), "clientSeq");
        assertBadRequest(api.put(path, token, ""), null);
        assertBadRequest(save(api, attemptId, SampleExams.SINGLE, token, choice("NOPE"), 1), "response.optionIds");
        assertBadRequest(save(api, attemptId, SampleExams.SINGLE, token, choice("A", "B"), 1), "response.optionIds");
        assertBadRequest(save(api, attemptId, SampleExams.TRUE_FALSE, token, "{\"value\":\"maybe\"}", 1),
                "response.value");
        assertBadRequest(save(api, attemptId, SampleExams.TRUE_FALSE, token, choice("A"), 1), "response.value");
        assertBadRequest(save(api, attemptId, SampleExams.OPEN, token,
                "{\"text\":\"" + "x".repeat(SampleExams.OPEN_MAX_LENGTH + 1) + "\"}", 1), "response.text");
        assertBadRequest(save(api, attemptId, SampleExams.SCENARIO, token, "{\"text\":\"t\"}", 1), "itemId");

        Api.Reply unknownItem = save(api, attemptId, "no-such-item", token, choice("A"), 1);
        assertThat(unknownItem.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownItem.contentType()).contains("application/problem+json");
        assertThat(save(api, "no-such-attempt", SampleExams.SINGLE, token, choice("A"), 1).status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post("/api/attempts/no-such-attempt/submit", token, null).status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("/api/attempts/no-such-attempt", TestTokens.auditor()).status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        Api.Reply unknownExam = api.post("/api/exams/no-such-exam/attempts", token, null);
        assertThat(unknownExam.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownExam.contentType()).contains("application/problem+json");

        assertThat(api.get("/api/attempts/" + attemptId, token).json().path("responses")).isEmpty();
    }

    @Test
    void aSaveAfterTheDeadlineIsRefusedByTheServerClock() {
        Api api = new Api(http);
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String attemptId = startedAttempt(api, publishedExam(api), token);
        assertThat(save(api, attemptId, SampleExams.SINGLE, token, choice("A"), 1).status()).isEqualTo(HttpStatus.OK);

        clock.advance(Duration.ofMinutes(61));

        Api.Reply late = save(api, attemptId, SampleExams.SINGLE, token, choice("B"), 2);
        assertThat(late.status()).isEqualTo(HttpStatus.CONFLICT);
        // refused either way: by the deadline itself, or because the scheduler has already handed the attempt in
        assertThat(late.code()).isIn("deadline-passed", "attempt-closed");
        assertThat(api.get("/api/attempts/" + attemptId, token).json().path("remainingSeconds").asLong()).isZero();
        assertThat(api.get("/api/attempts/" + attemptId, token).json().path("responses").get(0)
                .path("clientSeq").asLong()).isEqualTo(1);
    }

    @Test
    void aCandidateHasOneOpenAttemptAtATimeAndAtMostMaxAttempts() {
        Api api = new Api(http);
        String examId = "exam-" + UUID.randomUUID();
        api.publish(kafka, SampleExams.exam(examId, 1, "Two tries", 2, null, null));
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());

        String first = startedAttempt(api, examId, token);
        Api.Reply whileOpen = api.post("/api/exams/" + examId + "/attempts", token, null);
        assertThat(whileOpen.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(whileOpen.code()).isEqualTo("attempt-already-open");

        api.post("/api/attempts/" + first + "/submit", token, null);
        String second = startedAttempt(api, examId, token);
        assertThat(second).isNotEqualTo(first);
        api.post("/api/attempts/" + second + "/submit", token, null);

        Api.Reply third = api.post("/api/exams/" + examId + "/attempts", token, null);
        assertThat(third.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(third.code()).isEqualTo("max-attempts-reached");

        // another candidate is not affected
        startedAttempt(api, examId, TestTokens.candidate("cand-" + UUID.randomUUID()));
    }

    @Test
    void anExamOutsideItsAvailabilityWindowCannotBeStarted() {
        Api api = new Api(http);
        String examId = "exam-" + UUID.randomUUID();
        api.publish(kafka, SampleExams.exam(examId, 1, "Tomorrow", null, Instant.now().plus(Duration.ofDays(1)), null));

        Api.Reply early = api.post("/api/exams/" + examId + "/attempts", TestTokens.candidate("early-bird"), null);
        assertThat(early.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.code()).isEqualTo("exam-not-available");

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(api.post("/api/exams/" + examId + "/attempts", TestTokens.candidate("early-bird"), null).status())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void twoConcurrentStartsGiveOneAttempt() throws Exception {
        Api api = new Api(http);
        String examId = publishedExam(api);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String token = TestTokens.candidate("cand-" + UUID.randomUUID());
                CountDownLatch gate = new CountDownLatch(1);
                List<Future<Api.Reply>> replies = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    replies.add(pool.submit(() -> {
                        gate.await();
                        return api.post("/api/exams/" + examId + "/attempts", token, null);
                    }));
                }
                gate.countDown();
                List<HttpStatus> statuses = new ArrayList<>();
                for (Future<Api.Reply> reply : replies) {
                    Api.Reply r = reply.get();
                    statuses.add(r.status());
                    if (r.status() == HttpStatus.CONFLICT) {
                        assertThat(r.code()).isEqualTo("attempt-already-open");
                    }
                }
                assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentSavesToOneAttemptAreAllKept() throws Exception {
        Api api = new Api(http);
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String attemptId = startedAttempt(api, publishedExam(api), token);
        List<String> items = List.of(SampleExams.SINGLE, SampleExams.MULTI, SampleExams.SCENARIO_CHOICE);
        List<String> answers = List.of(choice("A"), choice("B", "C"), choice("Z"));
        ExecutorService pool = Executors.newFixedThreadPool(items.size());
        try {
            for (int seq = 1; seq <= 3; seq++) {
                CountDownLatch gate = new CountDownLatch(1);
                List<Future<Api.Reply>> replies = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    String item = items.get(i);
                    String answer = answers.get(i);
                    long clientSeq = seq;
                    replies.add(pool.submit(() -> {
                        gate.await();
                        return save(api, attemptId, item, token, answer, clientSeq);
                    }));
                }
                gate.countDown();
                for (Future<Api.Reply> reply : replies) {
                    assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(HttpStatus.OK);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        var responses = api.get("/api/attempts/" + attemptId, token).json().path("responses");
        assertThat(responses.findValuesAsText("itemId")).containsExactlyInAnyOrderElementsOf(items);
        responses.forEach(response -> assertThat(response.path("clientSeq").asLong()).isEqualTo(3));
    }

    @Test
    void theDatabaseRefusesASecondOpenAttemptEvenWhenTheCheckBeforeItWasPassed() {
        Api api = new Api(http);
        String examId = publishedExam(api);
        String candidate = "cand-" + UUID.randomUUID();
        startedAttempt(api, examId, TestTokens.candidate(candidate));

        // what a start that lost the race looks like: it passed the pre-check, then sends its command
        ExamPublished exam = SampleExams.exam(examId, 1);
        String racingAttempt = UUID.randomUUID().toString();
        StartAttempt racing = new StartAttempt(racingAttempt, examId, 1, candidate, null, 2, null,
                new ExamTerms(60, null, null, null, null), 0, 10, 7, PaperBuilder.build(exam, 7), Instant.now());

        assertThatThrownBy(() -> commands.sendAndWait(racing)).satisfies(e -> assertThat(causes(e))
                .anyMatch(DuplicateKeyException.class::isInstance));
        assertThat(eventStore.readEvents(racingAttempt).hasNext()).isFalse();
    }

    private String publishedExam(Api api) {
        String examId = "exam-" + UUID.randomUUID();
        api.publish(kafka, SampleExams.exam(examId, 1));
        return examId;
    }

    private static String startedAttempt(Api api, String examId, String token) {
        Api.Reply started = api.post("/api/exams/" + examId + "/attempts", token, null);
        assertThat(started.status()).as(started.body()).isEqualTo(HttpStatus.CREATED);
        return started.json().path("attemptId").asText();
    }

    private static void assertBadRequest(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reply.contentType()).contains("application/problem+json");
        if (field != null) {
            assertThat(reply.json().path("errors").findValuesAsText("field")).as(reply.body()).contains(field);
        }
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }
}
