package io.certexam.reporting.summary;

import static io.certexam.reporting.TestEvents.NINE;
import static io.certexam.reporting.TestEvents.attemptStarted;
import static io.certexam.reporting.TestEvents.attemptSubmitted;
import static io.certexam.reporting.TestEvents.attemptVoided;
import static io.certexam.reporting.TestEvents.examPublished;
import static io.certexam.reporting.TestEvents.finalResult;
import static io.certexam.reporting.TestEvents.id;
import static io.certexam.reporting.TestEvents.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.reporting.KafkaFedIntegrationTest;
import io.certexam.reporting.Listeners;
import io.certexam.reporting.ReportApi;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

@ServiceIntegrationTest
class ExamSummaryIntegrationTest extends KafkaFedIntegrationTest {

    private static final Duration TIMEOUT = Listeners.PROCESSING;

    @Autowired
    TestRestTemplate http;

    @Test
    void summarisesTheCurrentFinalResultsOfTheStartedNonVoidedAttempts() {
        String exam = id("exam");
        kafka.send(examPublished(exam, 1, "Returns desk (draft title)"));
        kafka.send(examPublished(exam, 2, "Returns desk certification"));
        graded(exam, 30, "70", true);
        String regraded = graded(exam, 40, "50", false);
        kafka.send(finalResult(regraded, exam, candidateOf(regraded), 2, "85", true)); // only revision 2 counts
        graded(exam, 50, "90", true);
        graded(exam, 20, "55", false);
        String awaitingGrader = submitted(exam, 60);
        kafka.send(result(awaitingGrader, exam, candidateOf(awaitingGrader), 1, "AWAITING_MANUAL_GRADING", "30", false));
        String inProgress = id("attempt");
        kafka.send(attemptStarted(inProgress, exam, id("cand"), NINE.plusSeconds(300)));
        String voidedAfterGrading = graded(exam, 10, "100", true);
        kafka.send(attemptVoided(voidedAfterGrading, NINE.plusSeconds(900)));

        // attempts: 4 graded + 1 awaiting a grader + 1 in progress = 6 (the voided one does not count)
        // graded scores 70 85 90 55: mean 300/4 = 75; median (70 + 85) / 2 = 77.5;
        //   deviations -5 10 15 -20 -> squares 25 100 225 400 = 750; /4 = 187.5; sqrt = 13.693 -> 13.69
        // passed 3 of 4 graded = 0.75; durations of the 5 submitted: 30 40 50 20 60 min = 200 min / 5 = 40 min = 2400 s
        ReportApi api = new ReportApi(http);
        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonNode summary = api.summary(exam, TestTokens.auditor());
            assertThat(summary.get("examId").asText()).isEqualTo(exam);
            assertThat(summary.get("title").asText()).isEqualTo("Returns desk certification");
            assertThat(summary.get("attempts").asLong()).isEqualTo(6);
            assertThat(summary.get("graded").asLong()).isEqualTo(4);
            assertThat(summary.get("passed").asLong()).isEqualTo(3);
            assertThat(summary.get("passRate").decimalValue()).isEqualTo(new BigDecimal("0.7500"));
            assertThat(summary.get("mean").decimalValue()).isEqualTo(new BigDecimal("75.00"));
            assertThat(summary.get("median").decimalValue()).isEqualTo(new BigDecimal("77.50"));
            assertThat(summary.get("stdDev").decimalValue()).isEqualTo(new BigDecimal("13.69"));
            assertThat(summary.get("min").decimalValue()).isEqualTo(new BigDecimal("55.00"));
            assertThat(summary.get("max").decimalValue()).isEqualTo(new BigDecimal("90.00"));
            assertThat(summary.get("averageDurationSeconds").asLong()).isEqualTo(2400);
        });
        String raw = api.get("/api/reports/exams/" + exam + "/summary", TestTokens.admin()).getBody();
        assertThat(raw).contains("\"passRate\":0.7500", "\"mean\":75.00", "\"median\":77.50", "\"stdDev\":13.69");
    }

    @Test
    void aPublishedExamWithoutAttemptsHasAnEmptySummary() {
        String exam = id("exam");
        kafka.send(examPublished(exam, 1, "Store safety"));

        ReportApi api = new ReportApi(http);
        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonNode summary = api.summary(exam, TestTokens.admin());
            assertThat(summary.get("title").asText()).isEqualTo("Store safety");
            assertThat(summary.get("attempts").asLong()).isZero();
            assertThat(summary.get("graded").asLong()).isZero();
            assertThat(summary.get("passRate").isNull()).isTrue();
            assertThat(summary.get("mean").isNull()).isTrue();
            assertThat(summary.get("stdDev").isNull()).isTrue();
            assertThat(summary.get("averageDurationSeconds").isNull()).isTrue();
        });
    }

    /** A submitted attempt of a new candidate, {@code minutes} long, with a first FINAL result; returns its id. */
    private String graded(String exam, int minutes, String score, boolean passed) {
        String attempt = submitted(exam, minutes);
        kafka.send(finalResult(attempt, exam, candidateOf(attempt), 1, score, passed));
        return attempt;
    }

    private String submitted(String exam, int minutes) {
        String attempt = id("attempt");
        Instant submittedAt = NINE.plus(Duration.ofMinutes(minutes));
        kafka.send(attemptStarted(attempt, exam, candidateOf(attempt), NINE));
        kafka.send(attemptSubmitted(attempt, exam, candidateOf(attempt), NINE, submittedAt));
        return attempt;
    }

    private static String candidateOf(String attempt) {
        return "cand-of-" + attempt;
    }
}
