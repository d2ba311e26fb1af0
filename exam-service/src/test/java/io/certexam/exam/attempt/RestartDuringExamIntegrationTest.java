package io.certexam.exam.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.exam.Api;
import io.certexam.exam.ExamServiceInstance;
import io.certexam.exam.MovableClock;
import io.certexam.exam.SampleExams;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.TestTokens;

/**
 * exam-service goes down during an exam and comes back: the time already used is not given back, and the
 * automatic hand-in still happens at the deadline. Two application contexts in turn, on the same database.
 */
class RestartDuringExamIntegrationTest {

    @Test
    void theDeadlineSurvivesARestart() {
        String examId = "exam-" + UUID.randomUUID();
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        String attemptId;
        Instant deadline;

        try (KafkaTestClient kafka = new KafkaTestClient(); ConfigurableApplicationContext before = ExamServiceInstance.start()) {
            Api api = ExamServiceInstance.api(before);
            api.publish(kafka, SampleExams.exam(examId, 1));
            JsonNode started = api.post("/api/exams/" + examId + "/attempts", token, null).json();
            attemptId = started.path("attemptId").asText();
            deadline = Instant.parse(started.path("deadline").asText());
            assertThat(api.put("/api/attempts/" + attemptId + "/responses/" + SampleExams.SINGLE, token,
                    "{\"response\":{\"optionIds\":[\"D\"]},\"clientSeq\":1}").status()).isEqualTo(HttpStatus.OK);
            before.getBean(MovableClock.class).advance(Duration.ofMinutes(20));
        }

        try (ConfigurableApplicationContext after = ExamServiceInstance.start()) {
            Api api = ExamServiceInstance.api(after);
            MovableClock clock = after.getBean(MovableClock.class);
            clock.advance(Duration.ofMinutes(20));
            JsonNode resumed = api.get("/api/attempts/" + attemptId, token).json();
            assertThat(Instant.parse(resumed.path("deadline").asText())).isEqualTo(deadline);
            assertThat(resumed.path("remainingSeconds").asLong()).isBetween(39 * 60L, 40 * 60L);
            assertThat(resumed.path("responses")).hasSize(1);

            clock.advance(Duration.ofMinutes(41));

            await().atMost(Duration.ofSeconds(30)).until(() ->
                    api.get("/api/attempts/" + attemptId, token).json().path("status").asText().equals("SUBMITTED"));
            JsonNode closed = api.get("/api/attempts/" + attemptId, token).json();
            assertThat(closed.path("autoSubmitted").asBoolean()).isTrue();
            assertThat(Instant.parse(closed.path("submittedAt").asText())).isEqualTo(deadline);
            assertThat(api.get("/api/attempts/" + attemptId + "/verification", TestTokens.auditor()).json()
                    .path("valid").asBoolean()).isTrue();
        }
    }
}
