package io.certexam.exam.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamRetired;
import io.certexam.exam.Api;
import io.certexam.exam.SampleExams;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

@ServiceIntegrationTest
class ExamCatalogIntegrationTest {

    private static KafkaTestClient kafka;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void aPublishedExamArrivesInTheCatalogue() {
        String examId = newExamId();
        Api api = new Api(http);
        assertThat(api.get("/api/exams/" + examId, TestTokens.candidate("c1")).status()).isEqualTo(HttpStatus.NOT_FOUND);

        kafka.send(SampleExams.exam(examId, 1, "Till basics", 3, null, null));

        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("/api/exams/" + examId, TestTokens.candidate("c1")).status() == HttpStatus.OK);
        JsonNode exam = api.get("/api/exams/" + examId, TestTokens.candidate("c1")).json();
        assertThat(exam.path("examId").asText()).isEqualTo(examId);
        assertThat(exam.path("version").asInt()).isEqualTo(1);
        assertThat(exam.path("title").asText()).isEqualTo("Till basics");
        assertThat(exam.path("instructions").asText()).isEqualTo("Answer every question.");
        assertThat(exam.path("timeLimitMinutes").asInt()).isEqualTo(60);
        assertThat(exam.path("questionCount").asInt()).isEqualTo(8);
        assertThat(exam.path("maxAttempts").asInt()).isEqualTo(3);

        Api.Reply list = api.get("/api/exams", TestTokens.candidate("c1"));
        assertThat(list.status()).isEqualTo(HttpStatus.OK);
        assertThat(list.json().findValuesAsText("examId")).contains(examId);
        assertThat(api.get("/api/exams/" + examId, TestTokens.proctor()).status()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/exams/" + examId, TestTokens.admin()).status()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aLaterVersionReplacesTheEarlierOne() {
        String examId = newExamId();
        Api api = new Api(http);
        api.publish(kafka, SampleExams.exam(examId, 1));
        api.publish(kafka, SampleExams.exam(examId, 2, "Returns, revised", null, null, null));

        JsonNode exam = api.get("/api/exams/" + examId, TestTokens.candidate("c1")).json();
        assertThat(exam.path("title").asText()).isEqualTo("Returns, revised");
        List<JsonNode> listed = entriesOf(api.get("/api/exams", TestTokens.candidate("c1")).json(), examId);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("version").asInt()).isEqualTo(2);

        Api.Reply started = api.post("/api/exams/" + examId + "/attempts", TestTokens.candidate("c-" + examId), null);
        assertThat(started.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(started.json().path("examVersion").asInt()).isEqualTo(2);
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        String examId = newExamId();
        Api api = new Api(http);
        String firstId = kafka.send(SampleExams.exam(examId, 1));
        String secondId = kafka.send(SampleExams.exam(examId, 2, "Second", null, null, null));
        awaitVersion(api, examId, 2);

        kafka.send(firstId, SampleExams.exam(examId, 1));
        // same id as the v2 event, different content: only the inbox can tell it is a redelivery
        kafka.send(secondId, SampleExams.exam(examId, 3, "Must not appear", null, null, null));
        // same key, so the same partition: once this marker is applied, both redeliveries have been consumed
        String marker = kafka.send(new ExamRetired(ExamRetired.SCHEMA_VERSION, examId, 0, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(marker));

        JsonNode exam = api.get("/api/exams/" + examId, TestTokens.candidate("c1")).json();
        assertThat(exam.path("version").asInt()).isEqualTo(2);
        assertThat(exam.path("title").asText()).isEqualTo("Second");
        assertThat(jdbc.sql("SELECT count(*) FROM published_exam WHERE exam_id = ?").param(examId)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndLaterEventsStillApply() {
        String examId = newExamId();
        String poisonId = "poison-" + UUID.randomUUID();
        kafka.sendRaw(Topics.BANK_EXAMS, examId, EventType.EXAM_PUBLISHED.cloudEventType(), poisonId,
                "{not json at all".getBytes(StandardCharsets.UTF_8));
        kafka.send(SampleExams.exam(examId, 1));

        Api api = new Api(http);
        awaitVersion(api, examId, 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> kafka.readRaw(Topics.deadLetterTopicOf(Topics.BANK_EXAMS))
                .stream().anyMatch(record -> poisonId.equals(KafkaTestClient.header(record, CloudEventHeaders.ID))));
        assertThat(processed(poisonId)).isFalse();
    }

    @Test
    void anExamNamingQuestionsItDoesNotCarryIsDeadLettered() {
        String examId = newExamId();
        ExamPublished complete = SampleExams.exam(examId, 1);
        ExamPublished broken = new ExamPublished(complete.schemaVersion(), examId, 1, complete.title(),
                complete.instructions(), complete.timeLimitMinutes(), complete.passScore(), complete.passPercent(),
                complete.maxAttempts(), null, true, true, null, null, null, complete.sections(),
                complete.questions().subList(1, complete.questions().size()), complete.publishedAt());
        String brokenId = kafka.send(broken);

        await().atMost(Duration.ofSeconds(60)).until(() -> kafka.readRaw(Topics.deadLetterTopicOf(Topics.BANK_EXAMS))
                .stream().anyMatch(record -> brokenId.equals(KafkaTestClient.header(record, CloudEventHeaders.ID))));
        assertThat(new Api(http).get("/api/exams/" + examId, TestTokens.candidate("c1")).status())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRetiredExamIsNoLongerOffered() {
        String examId = newExamId();
        Api api = new Api(http);
        api.publish(kafka, SampleExams.exam(examId, 1));

        kafka.send(new ExamRetired(ExamRetired.SCHEMA_VERSION, examId, 1, Instant.now()));

        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("/api/exams/" + examId, TestTokens.candidate("c1")).status() == HttpStatus.NOT_FOUND);
        assertThat(entriesOf(api.get("/api/exams", TestTokens.candidate("c1")).json(), examId)).isEmpty();
        Api.Reply start = api.post("/api/exams/" + examId + "/attempts", TestTokens.candidate("c1"), null);
        assertThat(start.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(start.code()).isEqualTo("exam-retired");
    }

    @Test
    void anUnknownExamIsNotFoundAsProblemJson() {
        Api.Reply reply = new Api(http).get("/api/exams/" + newExamId(), TestTokens.candidate("c1"));
        assertThat(reply.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(reply.contentType()).contains("application/problem+json");
    }

    @Test
    void theCatalogueNeedsATokenAndAReadingRole() {
        Api api = new Api(http);
        Api.Reply anonymous = api.get("/api/exams", null);
        assertThat(anonymous.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.contentType()).contains("application/problem+json");
        assertThat(api.get("/api/exams", TestTokens.grader()).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/api/exams", TestTokens.author()).status()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void awaitVersion(Api api, String examId, int version) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Api.Reply reply = api.get("/api/exams/" + examId, TestTokens.candidate("c1"));
            return reply.status() == HttpStatus.OK && reply.json().path("version").asInt() == version;
        });
    }

    private boolean processed(String eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?")
                .params(ExamCatalogConsumer.CONSUMER, eventId).query(Integer.class).single() > 0;
    }

    private static List<JsonNode> entriesOf(JsonNode list, String examId) {
        List<JsonNode> entries = new java.util.ArrayList<>();
        list.forEach(entry -> {
            if (entry.path("examId").asText().equals(examId)) {
                entries.add(entry);
            }
        });
        return entries;
    }

    private static String newExamId() {
        return "exam-" + UUID.randomUUID();
    }
}
