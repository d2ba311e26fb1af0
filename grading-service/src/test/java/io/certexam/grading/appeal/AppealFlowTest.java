package io.certexam.grading.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.AttemptVoided;
import io.certexam.contracts.exam.ItemResponse;
import io.certexam.contracts.exam.Paper;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.PaperSection;
import io.certexam.contracts.exam.Response;
import io.certexam.contracts.grading.ResultPublished;
import io.certexam.grading.Rest;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** One single choice (2 points, key C) and a true/false (1 point); the candidate answered B and true: 1 of 3, a fail at 2. */
@ServiceIntegrationTest
class AppealFlowTest {

    static final KafkaTestClient kafka = new KafkaTestClient();

    @Autowired
    TestRestTemplate http;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void anUpheldAppealBecomesANewRevisionTheCandidateSeesWithItsReason() {
        Sitting sitting = new Sitting();
        ResultPublished first = kafka.await(ResultPublished.class, r -> r.attemptId().equals(sitting.attemptId));
        assertThat(first.passed()).isFalse();
        String candidate = TestTokens.candidate(sitting.candidate);

        assertThat(call(HttpMethod.POST, "/api/results/" + sitting.attemptId + "/appeals", TestTokens.candidate("other"),
                "{\"itemId\":\"" + sitting.choice + "\",\"reason\":\"x\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> filed = call(HttpMethod.POST, "/api/results/" + sitting.attemptId + "/appeals", candidate,
                "{\"itemId\":\"" + sitting.choice + "\",\"reason\":\"the store policy of 2024 accepts B\"}");
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String appealId = filed.getBody().path("appealId").asText();

        JsonNode open = call(HttpMethod.GET, "/api/appeals", TestTokens.grader(), null).getBody();
        assertThat(open.findValuesAsText("appealId")).contains(appealId);
        assertThat(open.toString()).doesNotContain(sitting.candidate);
        assertThat(call(HttpMethod.POST, "/api/appeals/" + appealId + "/decision", candidate,
                "{\"upheld\":true,\"newScore\":2,\"reason\":\"me\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.POST, "/api/appeals/" + appealId + "/decision", TestTokens.grader(),
                "{\"upheld\":true,\"newScore\":5,\"reason\":\"too much\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode decided = call(HttpMethod.POST, "/api/appeals/" + appealId + "/decision", TestTokens.grader(),
                "{\"upheld\":true,\"newScore\":2,\"reason\":\"B is accepted by the 2024 policy\",\"suggestKeyCorrection\":true}")
                .getBody();
        assertThat(decided.path("status").asText()).isEqualTo("UPHELD");
        assertThat(decided.path("keyCorrectionSuggested").asBoolean()).isTrue();

        ResultPublished revised = kafka.await(ResultPublished.class,
                r -> r.attemptId().equals(sitting.attemptId) && r.revision() == 2);
        assertThat(revised.score()).isEqualByComparingTo("3.00");
        assertThat(revised.passed()).isTrue();
        assertThat(revised.reason()).isEqualTo("appeal upheld: B is accepted by the 2024 policy");
        assertThat(call(HttpMethod.GET, "/api/results/" + sitting.attemptId + "/appeals", candidate, null).getBody()
                .findValuesAsText("status")).containsExactly("UPHELD");
    }

    @Test
    void aVoidedAttemptsResultIsRevisedToVoided() {
        Sitting sitting = new Sitting();
        kafka.await(ResultPublished.class, r -> r.attemptId().equals(sitting.attemptId));

        kafka.send(new AttemptVoided(AttemptVoided.SCHEMA_VERSION, sitting.attemptId, "someone else sat the exam",
                "proctor-1", Instant.now()));

        ResultPublished voided = kafka.await(ResultPublished.class,
                r -> r.attemptId().equals(sitting.attemptId) && r.revision() == 2);
        assertThat(voided.status()).isEqualTo("VOIDED");
        assertThat(voided.passed()).isFalse();
        assertThat(voided.reason()).isEqualTo("attempt voided: someone else sat the exam");
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String path, String token, String body) {
        return Rest.call(http, method, path, token, body);
    }

    static final class Sitting {

        final String examId = "exam-" + UUID.randomUUID();
        final String choice = "q-choice-" + UUID.randomUUID();
        final String trueFalse = "q-tf-" + UUID.randomUUID();
        final String attemptId = "attempt-" + UUID.randomUUID();
        final String candidate = "cand-" + UUID.randomUUID();

        Sitting() {
            kafka.send(new AnswerKeyPublished(AnswerKeyPublished.SCHEMA_VERSION, choice, 1, new AnswerKey(choice,
                    "SINGLE_CHOICE", BigDecimal.ONE, null, List.of("C"), null, null, null, null), null));
            kafka.send(new AnswerKeyPublished(AnswerKeyPublished.SCHEMA_VERSION, trueFalse, 1, new AnswerKey(trueFalse,
                    "TRUE_FALSE", BigDecimal.ONE, null, null, true, null, null, null), null));
            kafka.send(new ExamPublished(ExamPublished.SCHEMA_VERSION, examId, 1, "Refunds", null, 30,
                    new BigDecimal("2"), null, null, null, false, false, null, null, 12, List.of(), List.of(), null));
            Paper paper = new Paper(List.of(new PaperSection("Refunds", List.of(
                    new PaperItem(choice, choice, 1, "SINGLE_CHOICE", new BigDecimal("2"), List.of("A", "B", "C"), null),
                    new PaperItem(trueFalse, trueFalse, 1, "TRUE_FALSE", BigDecimal.ONE, List.of(), null)))));
            kafka.send(new AttemptStarted(AttemptStarted.SCHEMA_VERSION, attemptId, examId, 1, candidate,
                    "chain-a/west/store-100", 1, 3L, null, null, paper));
            kafka.send(new AttemptSubmitted(AttemptSubmitted.SCHEMA_VERSION, attemptId, examId, 1, candidate,
                    "chain-a/west/store-100", false, null, Instant.now(), List.of(
                    new ItemResponse(choice, new Response(List.of("B"), null, null)),
                    new ItemResponse(trueFalse, new Response(null, true, null)))));
        }
    }
}
