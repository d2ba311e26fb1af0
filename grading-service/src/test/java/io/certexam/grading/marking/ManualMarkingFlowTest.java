package io.certexam.grading.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
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
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.contracts.bank.RubricCriterion;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.ItemResponse;
import io.certexam.contracts.exam.Paper;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.PaperSection;
import io.certexam.contracts.exam.Response;
import io.certexam.contracts.grading.ManualGradingRequired;
import io.certexam.contracts.grading.ResultPublished;
import io.certexam.grading.Rest;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/**
 * An exam with one single choice (2 points) and one essay (6 points; rubric structure 2 + arguments 4), pass
 * mark 5 points, through Kafka and the graders' REST API.
 */
@ServiceIntegrationTest
class ManualMarkingFlowTest {

    static final KafkaTestClient kafka = new KafkaTestClient();
    static final Instant STARTED = Instant.parse("2025-03-01T09:00:00Z");
    static final String ESSAY_TEXT = "先向顾客道歉，再核实订单信息，最后提出补偿方案并跟进。";

    @Autowired
    TestRestTemplate http;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void anEssayIsMarkedBlindByAGraderAndTheResultBecomesFinal() {
        Exam exam = new Exam();
        String candidate = "cand-" + UUID.randomUUID();
        String attemptId = exam.sit(candidate);

        ResultPublished provisional = kafka.await(ResultPublished.class, r -> r.attemptId().equals(attemptId));
        assertThat(provisional.status()).isEqualTo("AWAITING_MANUAL_GRADING");
        assertThat(provisional.score()).isEqualByComparingTo("2.00");
        ManualGradingRequired required = kafka.await(ManualGradingRequired.class, r -> r.attemptId().equals(attemptId));
        assertThat(required.taskId()).isEqualTo(attemptId + ":" + exam.essay);
        assertThat(required.maxScore()).isEqualByComparingTo("6.00");
        assertThat(call(HttpMethod.GET, "/api/results/" + attemptId, TestTokens.candidate(candidate), null)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String taskId = required.taskId();
        JsonNode task = awaitTask(exam, "grader-1", taskId);
        assertThat(task.path("stem").asText()).isEqualTo("顾客投诉快递延误，请写出你的处理步骤。");
        assertThat(task.path("referenceAnswer").asText()).isEqualTo("道歉、核实、补偿、跟进");
        assertThat(task.path("rubric")).hasSize(2);
        assertThat(task.path("response").asText()).isEqualTo(ESSAY_TEXT);
        assertThat(task.path("nextStage").asText()).isEqualTo("SINGLE");
        assertThat(task.toString()).doesNotContain(candidate, "chain-a");

        // claims keep other graders off
        assertThat(call(HttpMethod.POST, "/api/grading-tasks/" + taskId + "/claim", TestTokens.token("grader-2", null,
                "GRADER"), null).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> taken = score(taskId, "grader-1", "2", "3");
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(taken.getBody().path("code").asText()).isEqualTo("task-claimed");
        assertThat(call(HttpMethod.POST, "/api/grading-tasks/" + taskId + "/release", TestTokens.token("grader-2", null,
                "GRADER"), null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> outOfRubric = score(taskId, "grader-1", "3", "3");
        assertThat(outOfRubric.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outOfRubric.getBody().path("errors").get(0).path("field").asText()).isEqualTo("criteria[0].points");

        ResponseEntity<JsonNode> marked = score(taskId, "grader-1", "2", "3");
        assertThat(marked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(marked.getBody().path("score").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(marked.getBody().path("taskStatus").asText()).isEqualTo("DONE");

        ResultPublished finalResult = kafka.await(ResultPublished.class,
                r -> r.attemptId().equals(attemptId) && r.revision() == 2);
        assertThat(finalResult.status()).isEqualTo("FINAL");
        assertThat(finalResult.score()).isEqualByComparingTo("7.00");
        assertThat(finalResult.passed()).isTrue();
        assertThat(finalResult.revisedBy()).isEqualTo("grader-1");
        // the essay's tags; the choice question's content was not published, so it has none
        assertThat(finalResult.tags()).extracting(t -> t.tag() + " " + t.score() + "/" + t.maxScore())
                .containsExactly("module:售后 5.00/6.00", "topic:物流 5.00/6.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> call(HttpMethod.GET, "/api/results/" + attemptId,
                TestTokens.candidate(candidate), null).getStatusCode() == HttpStatus.OK);
        JsonNode history = call(HttpMethod.GET, "/api/results/" + attemptId + "/history",
                TestTokens.candidate(candidate), null).getBody();
        assertThat(history).extracting(h -> h.path("reason").asText())
                .containsExactly("initial grading", "manual marking complete");
        assertThat(score(taskId, "grader-3", "1", "1").getBody().path("code").asText()).isEqualTo("task-done");
    }

    @Test
    void doubleMarkingSendsDisagreementToAModeratorAndGraderStatisticsShowIt() {
        Exam exam = new Exam();
        assertThat(call(HttpMethod.PUT, "/api/exams/" + exam.examId + "/marking-policy", TestTokens.grader(),
                "{\"doubleMarking\":true,\"tolerance\":1}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.PUT, "/api/exams/" + exam.examId + "/marking-policy", TestTokens.admin(),
                "{\"doubleMarking\":true,\"tolerance\":1}").getStatusCode()).isEqualTo(HttpStatus.OK);
        String attemptId = exam.sit("cand-" + UUID.randomUUID());
        String taskId = attemptId + ":" + exam.essay;
        String first = "marker-a-" + UUID.randomUUID();
        String second = "marker-b-" + UUID.randomUUID();
        String moderator = "moderator-" + UUID.randomUUID();

        assertThat(awaitTask(exam, first, taskId).path("nextStage").asText()).isEqualTo("FIRST");
        assertThat(score(taskId, first, "2", "4").getBody().path("taskStatus").asText()).isEqualTo("PENDING");
        assertThat(score(taskId, first, "2", "4").getBody().path("code").asText()).isEqualTo("already-marked-by-you");
        assertThat(awaitTask(exam, second, taskId).path("nextStage").asText()).isEqualTo("SECOND");
        assertThat(score(taskId, second, "1", "1").getBody().path("taskStatus").asText()).isEqualTo("MODERATION");

        JsonNode moderation = call(HttpMethod.GET, "/api/grading-tasks?status=MODERATION&examId=" + exam.examId,
                TestTokens.token(moderator, null, "GRADER"), null).getBody();
        assertThat(moderation).hasSize(1);
        assertThat(moderation.get(0).path("earlierMarks")).extracting(m -> m.path("score").decimalValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("6.00"), new BigDecimal("2.00"));
        assertThat(score(taskId, moderator, "1", "3").getBody().path("taskStatus").asText()).isEqualTo("DONE");

        ResultPublished result = kafka.await(ResultPublished.class, r -> r.attemptId().equals(attemptId)
                && r.status().equals("FINAL"));
        assertThat(result.score()).isEqualByComparingTo("6.00");

        JsonNode statistics = call(HttpMethod.GET, "/api/graders/statistics", TestTokens.admin(), null).getBody();
        JsonNode firstFigures = null;
        for (JsonNode figures : statistics) {
            if (figures.path("graderId").asText().equals(first)) {
                firstFigures = figures;
            }
        }
        assertThat(firstFigures).isNotNull();
        assertThat(firstFigures.path("marks").asInt()).isEqualTo(1);
        assertThat(firstFigures.path("meanPercentGiven").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(firstFigures.path("doubleMarkedItems").asInt()).isEqualTo(1);
        assertThat(firstFigures.path("agreementRatePercent").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(call(HttpMethod.GET, "/api/graders/statistics", TestTokens.grader(), null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void onlyGradersWorkOnTasks() {
        assertThat(call(HttpMethod.GET, "/api/grading-tasks", TestTokens.candidate("c-1"), null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.GET, "/api/grading-tasks", null, null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(call(HttpMethod.GET, "/api/grading-tasks?status=DONE", TestTokens.grader(), null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(call(HttpMethod.POST, "/api/grading-tasks/nope/claim", TestTokens.grader(), null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode awaitTask(Exam exam, String grader, String taskId) {
        String token = TestTokens.token(grader, null, "GRADER");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode tasks = call(HttpMethod.GET, "/api/grading-tasks?examId=" + exam.examId, token, null).getBody();
            return tasks != null && tasks.findValuesAsText("taskId").contains(taskId);
        });
        return call(HttpMethod.GET, "/api/grading-tasks/" + taskId, token, null).getBody();
    }

    private ResponseEntity<JsonNode> score(String taskId, String grader, String structure, String arguments) {
        return call(HttpMethod.POST, "/api/grading-tasks/" + taskId + "/score", TestTokens.token(grader, null, "GRADER"),
                "{\"criteria\":[{\"criterion\":\"structure\",\"points\":" + structure + "},"
                        + "{\"criterion\":\"arguments\",\"points\":" + arguments + "}],\"comment\":\"ok\"}");
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String path, String token, String body) {
        return Rest.call(http, method, path, token, body);
    }

    /** Fresh ids, published as the bank would; {@link #sit} plays exam-service for one candidate. */
    static final class Exam {

        final String examId = "exam-" + UUID.randomUUID();
        final String choice = "q-choice-" + UUID.randomUUID();
        final String essay = "q-essay-" + UUID.randomUUID();

        Exam() {
            kafka.send(new AnswerKeyPublished(AnswerKeyPublished.SCHEMA_VERSION, choice, 1, new AnswerKey(choice,
                    "SINGLE_CHOICE", new BigDecimal("2"), null, List.of("B"), null, null, null, null), STARTED));
            kafka.send(new AnswerKeyPublished(AnswerKeyPublished.SCHEMA_VERSION, essay, 1, new AnswerKey(essay,
                    "OPEN_RESPONSE", new BigDecimal("6"), null, null, null, "道歉、核实、补偿、跟进",
                    List.of(new RubricCriterion("structure", new BigDecimal("2")),
                            new RubricCriterion("arguments", new BigDecimal("4"))), null), STARTED));
            QuestionContent essayContent = new QuestionContent(essay, "OPEN_RESPONSE", "顾客投诉快递延误，请写出你的处理步骤。",
                    List.of(), new BigDecimal("6"), null, "SHORT_ANSWER", List.of(), List.of("module:售后", "topic:物流"), 2, "zh",
                    2000);
            kafka.send(new ExamPublished(ExamPublished.SCHEMA_VERSION, examId, 1, "After-sales essay", null, 60,
                    new BigDecimal("5"), null, null, null, false, false, null, null, 12, List.of(),
                    List.of(new ExamQuestion(essay, 1, essayContent)), STARTED));
        }

        String sit(String candidate) {
            String attemptId = "attempt-" + UUID.randomUUID();
            Paper paper = new Paper(List.of(new PaperSection("Part 1", List.of(
                    new PaperItem(choice, choice, 1, "SINGLE_CHOICE", new BigDecimal("2"), List.of("A", "B"), null),
                    new PaperItem(essay, essay, 1, "OPEN_RESPONSE", new BigDecimal("6"), List.of(), null)))));
            kafka.send(new AttemptStarted(AttemptStarted.SCHEMA_VERSION, attemptId, examId, 1, candidate,
                    "chain-a/east/store-042", 1, 7L, STARTED, STARTED.plusSeconds(3600), paper));
            kafka.send(new AttemptSubmitted(AttemptSubmitted.SCHEMA_VERSION, attemptId, examId, 1, candidate,
                    "chain-a/east/store-042", false, STARTED, STARTED.plusSeconds(1800), List.of(
                    new ItemResponse(choice, new Response(List.of("B"), null, null)),
                    new ItemResponse(essay, new Response(null, null, ESSAY_TEXT)))));
            return attemptId;
        }
    }
}
