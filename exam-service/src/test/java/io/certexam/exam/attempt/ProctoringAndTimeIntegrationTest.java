package io.certexam.exam.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.AttemptVoided;
import io.certexam.contracts.exam.TimeExtended;
import io.certexam.exam.Api;
import io.certexam.exam.MovableClock;
import io.certexam.exam.SampleExams;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Server time, accommodations, the automatic hand-in, proctor extensions and voids, flags — over HTTP. */
@ServiceIntegrationTest
class ProctoringAndTimeIntegrationTest {

    private static KafkaTestClient kafka;

    @Autowired
    TestRestTemplate http;

    @Autowired
    MovableClock clock;

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
    void anOpenAttemptIsSubmittedAutomaticallyAtItsDeadline() {
        Api api = new Api(http);
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String attemptId = start(api, exam(api), token);
        assertThat(save(api, attemptId, token, "B", 1).status()).isEqualTo(HttpStatus.OK);
        Instant deadline = Instant.parse(api.get("/api/attempts/" + attemptId, token).json().path("deadline").asText());

        clock.advance(Duration.ofMinutes(61));

        JsonNode closed = awaitStatus(api, attemptId, token, "SUBMITTED");
        assertThat(closed.path("autoSubmitted").asBoolean()).isTrue();
        assertThat(Instant.parse(closed.path("submittedAt").asText())).isEqualTo(deadline);
        assertThat(closed.path("remainingSeconds").asLong()).isZero();
        AttemptSubmitted published = kafka.await(AttemptSubmitted.class, e -> e.attemptId().equals(attemptId));
        assertThat(published.auto()).isTrue();
        assertThat(published.submittedAt()).isEqualTo(deadline);
        assertThat(published.responses()).hasSize(1);

        Api.Reply late = save(api, attemptId, token, "C", 2);
        assertThat(late.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.code()).isEqualTo("attempt-closed");
    }

    @Test
    void anAccommodationGrantedBeforeTheExamLengthensTheDeadline() {
        Api api = new Api(http);
        String examId = exam(api);
        String candidate = "cand-" + UUID.randomUUID();
        String path = "/api/exams/" + examId + "/accommodations/" + candidate;

        assertThat(api.put(path, TestTokens.candidate(candidate), "{\"extraPercent\":25,\"reason\":\"me\"}").status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Api.Reply noReason = api.put(path, TestTokens.proctor(), "{\"extraPercent\":25}");
        assertThat(noReason.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(api.put(path, TestTokens.proctor(), "{\"extraPercent\":500,\"reason\":\"x\"}").status())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        Api.Reply granted = api.put(path, TestTokens.proctor(),
                "{\"extraPercent\":25,\"extraMinutes\":5,\"reason\":\"dyslexia, documented by HR\"}");
        assertThat(granted.status()).isEqualTo(HttpStatus.OK);
        assertThat(granted.json().path("grantedBy").asText()).isEqualTo("proctor-1");
        assertThat(api.get("/api/exams/" + examId + "/accommodations", TestTokens.admin()).json())
                .extracting(a -> a.path("candidateId").asText()).containsExactly(candidate);

        String token = TestTokens.candidate(candidate);
        JsonNode attempt = api.post("/api/exams/" + examId + "/attempts", token, null).json();
        Instant startedAt = Instant.parse(attempt.path("startedAt").asText());
        // 60 minutes + 25 % (15) + 5
        assertThat(Instant.parse(attempt.path("deadline").asText())).isEqualTo(startedAt.plus(Duration.ofMinutes(80)));
        JsonNode view = api.get("/api/attempts/" + attempt.path("attemptId").asText(), token).json();
        assertThat(view.path("accommodationMinutes").asInt()).isEqualTo(20);
        assertThat(view.path("remainingSeconds").asLong()).isBetween(79 * 60L, 80 * 60L);
    }

    @Test
    void aProctorExtendsTheTimeAndTheAttemptRunsOnPastItsFirstDeadline() {
        Api api = new Api(http);
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String attemptId = start(api, exam(api), token);
        String extensions = "/api/attempts/" + attemptId + "/time-extensions";

        assertThat(api.post(extensions, token, "{\"minutes\":10,\"reason\":\"I want more\"}").status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post(extensions, TestTokens.proctor(), "{\"minutes\":10}").status())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        Api.Reply extended = api.post(extensions, TestTokens.proctor(),
                "{\"minutes\":10,\"reason\":\"the terminal froze for ten minutes\"}");
        assertThat(extended.status()).isEqualTo(HttpStatus.OK);
        Instant newDeadline = Instant.parse(extended.json().path("deadline").asText());
        TimeExtended published = kafka.await(TimeExtended.class, e -> e.attemptId().equals(attemptId));
        assertThat(published.newDeadline()).isEqualTo(newDeadline);
        assertThat(published.extendedBy()).isEqualTo("proctor-1");
        assertThat(published.reason()).isEqualTo("the terminal froze for ten minutes");

        clock.advance(Duration.ofMinutes(65));

        assertThat(save(api, attemptId, token, "A", 1).status()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/attempts/" + attemptId, token).json().path("status").asText())
                .isEqualTo("IN_PROGRESS");

        clock.advance(Duration.ofMinutes(6));
        JsonNode closed = awaitStatus(api, attemptId, token, "SUBMITTED");
        assertThat(Instant.parse(closed.path("submittedAt").asText())).isEqualTo(newDeadline);
    }

    @Test
    void aVoidedAttemptTakesNoMoreAnswersAndIsPublished() {
        Api api = new Api(http);
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String attemptId = start(api, exam(api), token);
        String voidPath = "/api/attempts/" + attemptId + "/void";

        assertThat(api.post(voidPath, token, "{\"reason\":\"oops\"}").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post(voidPath, TestTokens.proctor(), "{}").status()).isEqualTo(HttpStatus.BAD_REQUEST);
        Api.Reply voided = api.post(voidPath, TestTokens.proctor(), "{\"reason\":\"a second person was answering\"}");
        assertThat(voided.status()).isEqualTo(HttpStatus.OK);
        assertThat(voided.json().path("status").asText()).isEqualTo("VOIDED");
        assertThat(voided.json().path("voided").path("voidedBy").asText()).isEqualTo("proctor-1");
        AttemptVoided published = kafka.await(AttemptVoided.class, e -> e.attemptId().equals(attemptId));
        assertThat(published.reason()).isEqualTo("a second person was answering");

        Api.Reply save = save(api, attemptId, token, "A", 1);
        assertThat(save.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(save.code()).isEqualTo("attempt-voided");
        assertThat(api.post("/api/attempts/" + attemptId + "/submit", token, null).code()).isEqualTo("attempt-voided");
        assertThat(api.post(voidPath, TestTokens.proctor(), "{\"reason\":\"again\"}").code()).isEqualTo("attempt-voided");
    }

    @Test
    void proctorsCannotAnswerAndCandidatesCannotTouchAnotherCandidatesAttempt() {
        Api api = new Api(http);
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String attemptId = start(api, exam(api), token);
        String other = TestTokens.candidate("cand-" + UUID.randomUUID());

        assertThat(save(api, attemptId, TestTokens.proctor(), "A", 1).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(save(api, attemptId, other, "A", 1).status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.put("/api/attempts/" + attemptId + "/flags/" + SampleExams.SINGLE, other, null).status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post("/api/attempts/" + attemptId + "/submit", other, null).status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("/api/attempts/" + attemptId + "/events", token).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/api/attempts/" + attemptId + "/events", TestTokens.proctor()).status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("/api/attempts/not-a-uuid/void", TestTokens.proctor(), "{\"reason\":\"x\"}").status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post("/api/attempts/" + UUID.randomUUID() + "/time-extensions", TestTokens.proctor(),
                "{\"minutes\":5,\"reason\":\"x\"}").status()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void flagsAndTheCurrentItemAreKept() {
        Api api = new Api(http);
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String attemptId = start(api, exam(api), token);
        String flags = "/api/attempts/" + attemptId + "/flags/";

        assertThat(api.put(flags + SampleExams.OPEN, token, null).status()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.put(flags + SampleExams.MULTI, token, null).status()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.exchange(HttpMethod.DELETE, flags + SampleExams.OPEN, token, null).status())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.put(flags + "no-such-item", token, null).status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.put("/api/attempts/" + attemptId + "/current-item", token,
                "{\"itemId\":\"" + SampleExams.TRUE_FALSE + "\"}").status()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.put("/api/attempts/" + attemptId + "/current-item", token, "{}").status())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode view = api.get("/api/attempts/" + attemptId, token).json();
        assertThat(view.path("flagged")).extracting(JsonNode::asText).containsExactly(SampleExams.MULTI);
        assertThat(view.path("currentItem").asText()).isEqualTo(SampleExams.TRUE_FALSE);
    }

    @Test
    void theMinimumWaitBetweenAttemptsIsEnforced() {
        Api api = new Api(http);
        String examId = "exam-" + UUID.randomUUID();
        api.publish(kafka, SampleExams.exam(examId, 1, "Cool down", 3, 30, null, null));
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String first = start(api, examId, token);
        api.post("/api/attempts/" + first + "/submit", token, null);

        Api.Reply tooSoon = api.post("/api/exams/" + examId + "/attempts", token, null);
        assertThat(tooSoon.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tooSoon.code()).isEqualTo("attempt-wait-required");
        assertThat(tooSoon.json().path("detail").asText()).contains("30 minutes");

        clock.advance(Duration.ofMinutes(31));
        assertThat(api.post("/api/exams/" + examId + "/attempts", token, null).status()).isEqualTo(HttpStatus.CREATED);
    }

    private JsonNode awaitStatus(Api api, String attemptId, String token, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/attempts/" + attemptId, token).json().path("status").asText().equals(status));
        return api.get("/api/attempts/" + attemptId, token).json();
    }

    private static String exam(Api api) {
        String examId = "exam-" + UUID.randomUUID();
        api.publish(kafka, SampleExams.exam(examId, 1));
        return examId;
    }

    private static String start(Api api, String examId, String token) {
        Api.Reply started = api.post("/api/exams/" + examId + "/attempts", token, null);
        assertThat(started.status()).isEqualTo(HttpStatus.CREATED);
        return started.json().path("attemptId").asText();
    }

    private static Api.Reply save(Api api, String attemptId, String token, String option, long clientSeq) {
        return api.put("/api/attempts/" + attemptId + "/responses/" + SampleExams.SINGLE, token,
                "{\"response\":{\"optionIds\":[\"" + option + "\"]},\"clientSeq\":" + clientSeq + "}");
    }
}
