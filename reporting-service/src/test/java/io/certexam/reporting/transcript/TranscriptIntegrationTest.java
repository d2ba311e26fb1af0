package io.certexam.reporting.transcript;

import static io.certexam.reporting.TestEvents.NINE;
import static io.certexam.reporting.TestEvents.attemptStarted;
import static io.certexam.reporting.TestEvents.attemptSubmitted;
import static io.certexam.reporting.TestEvents.attemptVoided;
import static io.certexam.reporting.TestEvents.examPublished;
import static io.certexam.reporting.TestEvents.finalResult;
import static io.certexam.reporting.TestEvents.id;
import static io.certexam.reporting.TestEvents.responseSaved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.reporting.KafkaFedIntegrationTest;
import io.certexam.reporting.Listeners;
import io.certexam.reporting.ReportApi;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Drives the service only through Kafka, as exam-, bank- and grading-service would, and reads transcripts over REST. */
@ServiceIntegrationTest
class TranscriptIntegrationTest extends KafkaFedIntegrationTest {

    private static final Duration TIMEOUT = Listeners.PROCESSING;

    @Autowired
    TestRestTemplate http;

    @Test
    void showsEachAttemptNewestFirstWithItsLatestResultRevision() {
        String candidate = id("cand");
        String exam = id("exam");
        String earlier = id("attempt");
        String latest = id("attempt");
        kafka.send(examPublished(exam, 1, "Returns desk certification"));
        kafka.send(attemptStarted(earlier, exam, candidate, NINE.minus(Duration.ofDays(1))));
        kafka.send(attemptVoided(earlier, NINE.minus(Duration.ofDays(1)).plusSeconds(600)));
        kafka.send(attemptStarted(latest, exam, candidate, NINE));
        kafka.send(responseSaved(latest, candidate, NINE.plusSeconds(60)));
        kafka.send(attemptSubmitted(latest, exam, candidate, NINE, NINE.plusSeconds(1800)));
        kafka.send(finalResult(latest, exam, candidate, 1, "50", false));
        kafka.send(finalResult(latest, exam, candidate, 2, "72.5", true));

        ReportApi api = new ReportApi(http);
        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonNode transcript = api.transcript(candidate, TestTokens.candidate(candidate));
            assertThat(transcript.get("candidateId").asText()).isEqualTo(candidate);
            // Revision 1 failed, revision 2 passed: one certificate, named after revision 2, issued at its grading.
            assertThat(transcript.get("certificates")).hasSize(1);
            JsonNode certificate = transcript.get("certificates").get(0);
            assertThat(certificate.get("attemptId").asText()).isEqualTo(latest);
            assertThat(certificate.get("status").asText()).isEqualTo("VALID");
            assertThat(certificate.get("score").decimalValue()).isEqualByComparingTo("72.5");
            assertThat(certificate.get("issuedAt").asText()).isEqualTo("2025-03-01T09:31:00Z");
            assertThat(certificate.get("expiresAt").asText()).isEqualTo("2027-03-01T09:31:00Z");
            assertThat(transcript.get("attempts")).hasSize(2);

            JsonNode newest = transcript.get("attempts").get(0);
            assertThat(newest.get("attemptId").asText()).isEqualTo(latest);
            assertThat(newest.get("examId").asText()).isEqualTo(exam);
            assertThat(newest.get("examTitle").asText()).isEqualTo("Returns desk certification");
            assertThat(newest.get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(newest.get("startedAt").asText()).isEqualTo("2025-03-01T09:00:00Z");
            assertThat(newest.get("submittedAt").asText()).isEqualTo("2025-03-01T09:30:00Z");
            assertThat(newest.get("revisions").asInt()).isEqualTo(2);
            JsonNode result = newest.get("result");
            assertThat(result.get("revision").asInt()).isEqualTo(2);
            assertThat(result.get("status").asText()).isEqualTo("FINAL");
            assertThat(result.get("score").decimalValue()).isEqualByComparingTo("72.5");
            assertThat(result.get("maxScore").decimalValue()).isEqualByComparingTo("100");
            assertThat(result.get("percent").decimalValue()).isEqualByComparingTo("72.5");
            assertThat(result.get("passed").asBoolean()).isTrue();

            JsonNode older = transcript.get("attempts").get(1);
            assertThat(older.get("attemptId").asText()).isEqualTo(earlier);
            assertThat(older.get("status").asText()).isEqualTo("VOIDED");
            assertThat(older.get("submittedAt").isNull()).isTrue();
            assertThat(older.get("result").isNull()).isTrue();
            assertThat(older.get("revisions").asInt()).isZero();
        });
    }

    @Test
    void aResultArrivingBeforeItsAttemptIsReportedRightBeforeAndAfterTheAttemptArrives() {
        String candidate = id("cand");
        String exam = id("exam");
        String attempt = id("attempt");
        ReportApi api = new ReportApi(http);
        kafka.send(examPublished(exam, 1, "Cash handling"));
        kafka.send(finalResult(attempt, exam, candidate, 1, "80", true));

        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonNode only = single(api.transcript(candidate, TestTokens.admin()));
            assertThat(only.get("attemptId").asText()).isEqualTo(attempt);
            assertThat(only.get("examTitle").asText()).isEqualTo("Cash handling");
            assertThat(only.get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(only.get("startedAt").isNull()).isTrue();
            assertThat(only.get("submittedAt").asText()).isEqualTo("2025-03-01T09:30:00Z");
            assertThat(only.get("result").get("score").decimalValue()).isEqualByComparingTo("80");
            JsonNode summary = api.summary(exam, TestTokens.admin());
            assertThat(summary.get("attempts").asInt()).isEqualTo(1);
            assertThat(summary.get("graded").asInt()).isEqualTo(1);
            assertThat(summary.get("mean").decimalValue()).isEqualTo(new BigDecimal("80.00"));
            assertThat(summary.get("averageDurationSeconds").isNull()).isTrue();
        });

        kafka.send(attemptStarted(attempt, exam, candidate, NINE));
        kafka.send(attemptSubmitted(attempt, exam, candidate, NINE, NINE.plusSeconds(1800)));

        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonNode only = single(api.transcript(candidate, TestTokens.admin()));
            assertThat(only.get("startedAt").asText()).isEqualTo("2025-03-01T09:00:00Z");
            assertThat(only.get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(only.get("result").get("revision").asInt()).isEqualTo(1);
            JsonNode summary = api.summary(exam, TestTokens.admin());
            assertThat(summary.get("attempts").asInt()).isEqualTo(1);
            assertThat(summary.get("graded").asInt()).isEqualTo(1);
            assertThat(summary.get("averageDurationSeconds").asLong()).isEqualTo(1800);
        });
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String candidate = id("cand");
        String exam = id("exam");
        String attempt = id("attempt");
        String startedId = kafka.send(attemptStarted(attempt, exam, candidate, NINE));
        kafka.send(startedId, attemptStarted(attempt, exam, candidate, NINE));
        kafka.send(attemptSubmitted(attempt, exam, candidate, NINE, NINE.plusSeconds(1200)));
        String firstRevisionId = kafka.send(finalResult(attempt, exam, candidate, 1, "40", false));
        kafka.send(firstRevisionId, finalResult(attempt, exam, candidate, 1, "40", false));
        // An event id names one event: a record reusing a processed id is a redelivery, whatever it carries.
        kafka.send(firstRevisionId, finalResult(attempt, exam, candidate, 3, "99", true));
        kafka.send(finalResult(attempt, exam, candidate, 2, "65", true));

        ReportApi api = new ReportApi(http);
        // Revision 2 follows the duplicates on the attempt's partition, so once it shows they have been consumed.
        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonNode only = single(api.transcript(candidate, TestTokens.candidate(candidate)));
            assertThat(only.get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(only.get("result").get("revision").asInt()).isEqualTo(2);
        });
        JsonNode only = single(api.transcript(candidate, TestTokens.candidate(candidate)));
        assertThat(only.get("revisions").asInt()).isEqualTo(2);
        assertThat(only.get("result").get("score").decimalValue()).isEqualByComparingTo("65");
        JsonNode summary = api.summary(exam, TestTokens.auditor());
        assertThat(summary.get("attempts").asInt()).isEqualTo(1);
        assertThat(summary.get("graded").asInt()).isEqualTo(1);
        assertThat(summary.get("passed").asInt()).isEqualTo(1);
    }

    @Test
    void anOlderRevisionArrivingAfterANewerOneDoesNotRegressTheResult() {
        String candidate = id("cand");
        String exam = id("exam");
        String attempt = id("attempt");
        kafka.send(attemptStarted(attempt, exam, candidate, NINE));
        kafka.send(attemptSubmitted(attempt, exam, candidate, NINE, NINE.plusSeconds(1800)));
        kafka.send(finalResult(attempt, exam, candidate, 2, "80", true));
        kafka.send(finalResult(attempt, exam, candidate, 1, "40", false));

        ReportApi api = new ReportApi(http);
        // Both revisions are stored once revision 1 has been consumed.
        await().atMost(TIMEOUT).untilAsserted(() ->
                assertThat(single(api.transcript(candidate, TestTokens.admin())).get("revisions").asInt()).isEqualTo(2));
        JsonNode result = single(api.transcript(candidate, TestTokens.admin())).get("result");
        assertThat(result.get("revision").asInt()).isEqualTo(2);
        assertThat(result.get("score").decimalValue()).isEqualByComparingTo("80");
        assertThat(result.get("passed").asBoolean()).isTrue();
        JsonNode summary = api.summary(exam, TestTokens.admin());
        assertThat(summary.get("passed").asInt()).isEqualTo(1);
        assertThat(summary.get("mean").decimalValue()).isEqualTo(new BigDecimal("80.00"));
    }

    private static JsonNode single(JsonNode transcript) {
        assertThat(transcript.get("attempts")).hasSize(1);
        return transcript.get("attempts").get(0);
    }
}
