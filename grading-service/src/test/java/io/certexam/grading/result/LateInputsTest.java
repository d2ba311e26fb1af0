package io.certexam.grading.result;

import static io.certexam.grading.result.Http.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.contracts.grading.ResultPublished;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Submissions are never dropped: whatever arrives late, the attempt is graded once everything is there. */
@ServiceIntegrationTest
class LateInputsTest {

    static final KafkaTestClient kafka = new KafkaTestClient();

    @Autowired
    TestRestTemplate http;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void keysArrivingAfterTheSubmissionGetItGraded() {
        ExamScenario exam = new ExamScenario();
        String attemptId = ExamScenario.fresh("attempt");
        String candidate = ExamScenario.fresh("cand");
        kafka.send(exam.examPublished());
        kafka.send(exam.started(attemptId, candidate));
        kafka.send(exam.submitted(attemptId, candidate));

        awaitStatus(attemptId, "AWAITING_KEYS");
        assertThat(kafka.readAll(ResultPublished.class)).noneMatch(r -> r.payload().attemptId().equals(attemptId));
        assertThat(get(http, "/api/results/" + attemptId, TestTokens.candidate(candidate)).getStatusCode())
                .as("the candidate sees nothing before the result is final").isEqualTo(HttpStatus.NOT_FOUND);

        // one key alone is not enough; the rest completes the paper
        kafka.send(exam.keys().get(0));
        exam.keys().subList(1, 4).forEach(kafka::send);

        ResultPublished result = kafka.await(ResultPublished.class, r -> r.attemptId().equals(attemptId));
        assertThat(result.status()).isEqualTo("FINAL");
        assertThat(result.score()).isEqualByComparingTo("4.00");
        assertThat(result.maxScore()).isEqualByComparingTo("8.00");
        awaitStatus(attemptId, "FINAL");
    }

    @Test
    void thePassMarkArrivingAfterTheSubmissionGetsItGraded() {
        ExamScenario exam = new ExamScenario();
        String attemptId = ExamScenario.fresh("attempt");
        String candidate = ExamScenario.fresh("cand");
        exam.keys().forEach(kafka::send);
        kafka.send(exam.started(attemptId, candidate));
        kafka.send(exam.submitted(attemptId, candidate));

        awaitStatus(attemptId, "AWAITING_KEYS");
        kafka.send(exam.examPublished());

        ResultPublished result = kafka.await(ResultPublished.class, r -> r.attemptId().equals(attemptId));
        assertThat(result.score()).isEqualByComparingTo("4.00");
        assertThat(result.passed()).isTrue();
    }

    @Test
    void aSubmissionSeenBeforeItsStartIsGradedWhenTheStartArrives() {
        ExamScenario exam = new ExamScenario();
        String attemptId = ExamScenario.fresh("attempt");
        String candidate = ExamScenario.fresh("cand");
        exam.keys().forEach(kafka::send);
        kafka.send(exam.examPublished());
        kafka.send(exam.submitted(attemptId, candidate));

        awaitStatus(attemptId, "AWAITING_KEYS");
        kafka.send(exam.started(attemptId, candidate));

        ResultPublished result = kafka.await(ResultPublished.class, r -> r.attemptId().equals(attemptId));
        assertThat(result.score()).isEqualByComparingTo("4.00");
        assertThat(result.sections()).hasSize(2);
    }

    private void awaitStatus(String attemptId, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            ResponseEntity<JsonNode> response = get(http, "/api/results/" + attemptId, TestTokens.auditor());
            return response.getStatusCode() == HttpStatus.OK && status.equals(response.getBody().get("status").asText());
        });
    }
}
