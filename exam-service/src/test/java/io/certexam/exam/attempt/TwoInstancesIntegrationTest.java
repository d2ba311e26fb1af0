package io.certexam.exam.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.exam.Api;
import io.certexam.exam.ExamServiceInstance;
import io.certexam.exam.SampleExams;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.TestTokens;

/**
 * Two exam-service instances on one database, each with its attempt cache, a load balancer sending one candidate's
 * saves to either: the instance whose cached attempt is stale must neither lose the other's save nor store a save
 * twice nor break the hash chain.
 */
class TwoInstancesIntegrationTest {

    private static final String SAVE = "{\"response\":{\"optionIds\":[\"%s\"]},\"clientSeq\":%d}";

    @Test
    void aStaleCachedAttemptIsDecidedAgainOnTheStoredStream() {
        String examId = "exam-" + UUID.randomUUID();
        String token = TestTokens.candidate("cand-" + UUID.randomUUID());
        try (KafkaTestClient kafka = new KafkaTestClient();
             ConfigurableApplicationContext first = ExamServiceInstance.start();
             ConfigurableApplicationContext second = ExamServiceInstance.start()) {
            assertThat(first.getBean("attemptCache")).isInstanceOf(RecentAttemptsCache.class);
            Api a = ExamServiceInstance.api(first);
            Api b = ExamServiceInstance.api(second);
            a.publish(kafka, SampleExams.exam(examId, 1));
            String attemptId = a.post("/api/exams/" + examId + "/attempts", token, null).json().path("attemptId").asText();
            String item = "/api/attempts/" + attemptId + "/responses/" + SampleExams.SINGLE;

            assertThat(a.put(item, token, SAVE.formatted("A", 1)).status()).isEqualTo(HttpStatus.OK);
            assertThat(b.put(item, token, SAVE.formatted("B", 2)).status()).isEqualTo(HttpStatus.OK);
            // the first instance still holds the attempt as of save 1: a retry of save 2 is a duplicate, not new
            assertThat(a.put(item, token, SAVE.formatted("B", 2)).status()).isEqualTo(HttpStatus.OK);
            assertThat(a.put(item, token, SAVE.formatted("C", 3)).status()).isEqualTo(HttpStatus.OK);

            List<JsonNode> events = b.auditEvents(attemptId);
            assertThat(events).extracting(e -> e.path("type").asText())
                    .containsExactly("AttemptBegun", "ResponseRecorded", "ResponseRecorded", "ResponseRecorded");
            assertThat(events).extracting(e -> e.path("payload").path("clientSeq").asInt())
                    .containsExactly(0, 1, 2, 3);
            assertThat(b.get("/api/attempts/" + attemptId, token).json().path("responses").get(0)
                    .path("response").path("optionIds").get(0).asText()).isEqualTo("C");
            assertThat(b.get("/api/attempts/" + attemptId + "/verification", TestTokens.auditor()).json()
                    .path("valid").asBoolean()).isTrue();
        }
    }
}
