package io.certexam.reporting.result;

import static io.certexam.reporting.TestEvents.NINE;
import static io.certexam.reporting.TestEvents.attemptStarted;
import static io.certexam.reporting.TestEvents.finalResult;
import static io.certexam.reporting.TestEvents.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.reporting.KafkaFedIntegrationTest;
import io.certexam.reporting.Listeners;
import io.certexam.reporting.ReportApi;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

@ServiceIntegrationTest
class ResultDeadLetterTest extends KafkaFedIntegrationTest {

    private static final Duration TIMEOUT = Listeners.PROCESSING;
    private static final String RESULTS_DLT = Topics.deadLetterTopicOf(Topics.GRADING_RESULTS);

    @Autowired
    TestRestTemplate http;

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndLaterResultsOfThePartitionAreStillApplied() {
        String candidate = id("cand");
        String exam = id("exam");
        String attempt = id("attempt");
        String unreadableId = UUID.randomUUID().toString();
        String revisionZeroId = UUID.randomUUID().toString();
        kafka.send(attemptStarted(attempt, exam, candidate, NINE));
        // Same key as the good result below, so all three share a partition and the poison comes first.
        kafka.sendRaw(Topics.GRADING_RESULTS, attempt, EventType.RESULT_PUBLISHED.cloudEventType(), unreadableId,
                "{\"attemptId\": ".getBytes(StandardCharsets.UTF_8));
        kafka.send(revisionZeroId, finalResult(attempt, exam, candidate, 0, "10", false));
        kafka.send(finalResult(attempt, exam, candidate, 1, "75", true));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(kafka.readRaw(RESULTS_DLT))
                .extracting(record -> KafkaTestClient.header(record, CloudEventHeaders.ID))
                .contains(unreadableId, revisionZeroId));
        ReportApi api = new ReportApi(http);
        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonNode transcript = api.transcript(candidate, TestTokens.candidate(candidate));
            assertThat(transcript.get("attempts")).hasSize(1);
            JsonNode attemptRow = transcript.get("attempts").get(0);
            assertThat(attemptRow.get("revisions").asInt()).isEqualTo(1);
            assertThat(attemptRow.get("result").get("revision").asInt()).isEqualTo(1);
            assertThat(attemptRow.get("result").get("score").decimalValue()).isEqualByComparingTo("75");
        });
    }
}
