package io.certexam.exam.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.exam.Api;
import io.certexam.exam.ExamServiceApplication;
import io.certexam.exam.SampleExams;
import io.certexam.testsupport.InfrastructureInitializer;
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
             ConfigurableApplicationContext first = startService();
             ConfigurableApplicationContext second = startService()) {
            assertThat(first.getBean("attemptCache")).isInstanceOf(RecentAttemptsCache.class);
            Api a = api(first);
            Api b = api(second);
            a.publish(kafka, SampleExams.exam(examId, 1));
            String attemptId = a.post("/api/exams/" + examId + "/attempts", token, null).json().path("attemptId").asText();
            String item = "/api/attempts/" + attemptId + "/responses/" + SampleExams.SINGLE;

            assertThat(a.put(item, token, SAVE.formatted("A", 1)).status()).isEqualTo(HttpStatus.OK);
            assertThat(b.put(item, token, SAVE.formatted("B", 2)).status()).isEqualTo(HttpStatus.OK);
            // the first instance still holds the attempt as of save 1: a retry of save 2 is a duplicate, not new
            assertThat(a.put(item, token, SAVE.formatted("B", 2)).status()).isEqualTo(HttpStatus.OK);
            assertThat(a.put(item, token, SAVE.formatted("C", 3)).status()).isEqualTo(HttpStatus.OK);

            List<JsonNode> events = events(b, attemptId);
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

    private static List<JsonNode> events(Api api, String attemptId) {
        Api.Reply reply = api.get("/api/attempts/" + attemptId + "/events", TestTokens.auditor());
        assertThat(reply.status()).isEqualTo(HttpStatus.OK);
        List<JsonNode> events = new ArrayList<>();
        reply.json().forEach(events::add);
        return events;
    }

    private static ConfigurableApplicationContext startService() {
        return new SpringApplicationBuilder(ExamServiceApplication.class)
                .initializers(new InfrastructureInitializer())
                .run("--server.port=0");
    }

    private static Api api(ConfigurableApplicationContext context) {
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }
}
