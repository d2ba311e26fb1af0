package io.certexam.grading.result;

import static io.certexam.grading.result.Http.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.contracts.grading.ItemScore;
import io.certexam.contracts.grading.ResultPublished;
import io.certexam.contracts.grading.SectionScore;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** The skeleton path, driven through Kafka only: keys and exam from the bank, an attempt from exam-service. */
@ServiceIntegrationTest
class GradingFlowTest {

    static final KafkaTestClient kafka = new KafkaTestClient();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void aSubmittedAttemptIsScoredPublishedAndReadable() {
        ExamScenario exam = new ExamScenario();
        String attemptId = ExamScenario.fresh("attempt");
        String candidate = ExamScenario.fresh("cand");
        exam.keys().forEach(kafka::send);
        kafka.send(exam.examPublished());
        kafka.send(exam.started(attemptId, candidate));
        kafka.send(exam.submitted(attemptId, candidate));

        ResultPublished result = kafka.await(ResultPublished.class, r -> r.attemptId().equals(attemptId));

        assertThat(result.revision()).isEqualTo(1);
        assertThat(result.status()).isEqualTo("FINAL");
        assertThat(result.score()).isEqualByComparingTo("4.00");
        assertThat(result.maxScore()).isEqualByComparingTo("8.00");
        assertThat(result.percent()).isEqualByComparingTo("50.00");
        assertThat(result.passed()).isTrue();
        assertThat(result.items()).extracting(ItemScore::itemId, ItemScore::score, ItemScore::keyRevision,
                        ItemScore::omitted)
                .containsExactly(
                        tuple(exam.q1, new BigDecimal("2.00"), 0, false),
                        tuple(exam.q2, new BigDecimal("2.00"), 0, false),
                        tuple(exam.q3, new BigDecimal("0.00"), 0, false),
                        tuple(exam.q4, new BigDecimal("0.00"), 0, true));
        assertThat(result.sections()).extracting(SectionScore::title, s -> s.score().toPlainString(),
                        s -> s.maxScore().toPlainString())
                .containsExactly(tuple("Part 1", "4.00", "5.00"),
                        tuple("Part 2", "0.00", "3.00"));
        assertThat(result.candidateId()).isEqualTo(candidate);
        assertThat(result.orgPath()).isEqualTo(ExamScenario.ORG);
        assertThat(result.examId()).isEqualTo(exam.examId);
        assertThat(result.examVersion()).isEqualTo(1);
        assertThat(result.reason()).isEqualTo("initial grading");
        assertThat(result.revisedBy()).isEqualTo("system");
        assertThat(result.submittedAt()).isEqualTo(ExamScenario.SUBMITTED);
        assertThat(result.gradedAt()).isNotNull();

        JsonNode own = awaitResult(attemptId, TestTokens.candidate(candidate));
        assertThat(own.get("status").asText()).isEqualTo("FINAL");
        assertThat(own.get("examId").asText()).isEqualTo(exam.examId);
        assertThat(own.get("revision").asInt()).isEqualTo(1);
        assertThat(own.get("score").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(own.get("maxScore").decimalValue()).isEqualByComparingTo("8.00");
        assertThat(own.get("percent").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(own.get("passed").asBoolean()).isTrue();
        assertThat(own.get("items")).hasSize(4);
        assertThat(own.get("items").get(1).get("itemId").asText()).isEqualTo(exam.q2);
        assertThat(own.get("items").get(1).get("score").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(own.get("items").get(1).get("maxScore").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(own.get("items").get(3).get("omitted").asBoolean()).isTrue();

        JsonNode asGrader = get(http, "/api/results/" + attemptId, TestTokens.grader()).getBody();
        assertThat(asGrader.get("score").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(asGrader.has("candidateId")).isFalse();
        assertThat(asGrader.has("orgPath")).isFalse();

        JsonNode asAuditor = get(http, "/api/results/" + attemptId, TestTokens.auditor()).getBody();
        assertThat(asAuditor.get("candidateId").asText()).isEqualTo(candidate);
        assertThat(asAuditor.get("orgPath").asText()).isEqualTo(ExamScenario.ORG);

        ResponseEntity<JsonNode> otherCandidate = get(http, "/api/results/" + attemptId,
                TestTokens.candidate(ExamScenario.fresh("someone-else")));
        assertThat(otherCandidate.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        for (String token : new String[] {TestTokens.candidate(candidate), TestTokens.auditor(), TestTokens.admin()}) {
            ResponseEntity<JsonNode> history = get(http, "/api/results/" + attemptId + "/history", token);
            assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(history.getBody()).hasSize(1);
            assertThat(history.getBody().get(0).get("revision").asInt()).isEqualTo(1);
            assertThat(history.getBody().get(0).get("reason").asText()).isEqualTo("initial grading");
            assertThat(history.getBody().get(0).get("actor").asText()).isEqualTo("system");
        }
        assertThat(get(http, "/api/results/" + attemptId + "/history", TestTokens.grader()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(http, "/api/results/" + attemptId + "/history",
                TestTokens.candidate(ExamScenario.fresh("someone-else"))).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void gradingUsesTheLatestKeyRevisionAndACorrectionAfterwardsChangesNoScore() {
        ExamScenario exam = new ExamScenario();
        String attemptId = ExamScenario.fresh("attempt");
        String candidate = ExamScenario.fresh("cand");
        exam.keys().forEach(kafka::send);
        String correction = kafka.send(exam.q2Corrected(1));
        // keys and attempts travel on different topics: only once the correction is in is it "known at grading time"
        await().atMost(Duration.ofSeconds(60)).until(() -> processed("grading-answer-keys", correction));
        kafka.send(exam.examPublished());
        kafka.send(exam.started(attemptId, candidate));
        kafka.send(exam.submitted(attemptId, candidate));

        // key revision 1 says A and C: the candidate's A + C now earns all 3 points of q2
        ResultPublished result = kafka.await(ResultPublished.class, r -> r.attemptId().equals(attemptId));
        assertThat(result.items().get(1).keyRevision()).isEqualTo(1);
        assertThat(result.items().get(1).score()).isEqualByComparingTo("3.00");
        assertThat(result.items().get(0).keyRevision()).isEqualTo(0);
        assertThat(result.score()).isEqualByComparingTo("5.00");

        String lateCorrection = kafka.send(exam.q2Corrected(2));
        await().atMost(Duration.ofSeconds(60)).until(() -> processed("grading-answer-keys", lateCorrection));
        assertThat(resultRevisionsInEventStore(jdbc, attemptId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM answer_key WHERE question_id = ?").param(exam.q2)
                .query(Integer.class).single()).isEqualTo(3);
    }

    private JsonNode awaitResult(String attemptId, String token) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> get(http, "/api/results/" + attemptId, token),
                response -> response.getStatusCode() == HttpStatus.OK).getBody();
    }

    private boolean processed(String consumer, String eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?")
                .params(consumer, eventId).query(Integer.class).single() == 1;
    }

    static int resultRevisionsInEventStore(JdbcClient jdbc, String attemptId) {
        return jdbc.sql("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType = ?")
                .params(attemptId, ResultRevisionRecorded.class.getName())
                .query(Integer.class).single();
    }
}
