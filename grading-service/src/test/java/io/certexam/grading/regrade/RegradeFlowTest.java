package io.certexam.grading.regrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.AnswerKeyCorrected;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.ItemResponse;
import io.certexam.contracts.exam.Paper;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.PaperSection;
import io.certexam.contracts.exam.Response;
import io.certexam.contracts.grading.ResultPublished;
import io.certexam.grading.result.ApplyRegrade;
import io.certexam.grading.Rest;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/**
 * One question (multiple choice, 4 points on the paper, PARTIAL_NO_WRONG) plus a true/false (1 point); pass
 * mark 3.5 points. Key first A,B,C, corrected to A,C. Candidate "ac" chose A+C: 4 × 2/3 = 2.67 (+1) = 3.67,
 * a pass, then 4 + 1 = 5.00. Candidate "abc" chose A,B,C: 4.00 + 1 = 5.00, then B is wrong: 0 + 1 = 1.00, a
 * fail. Candidate "a" chose A: 1.33 + 1 = 2.33, then 4 × 1/2 = 2.00 + 1 = 3.00, still a fail.
 */
@ServiceIntegrationTest
class RegradeFlowTest {

    static final KafkaTestClient kafka = new KafkaTestClient();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommandGateway commands;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void aKeyCorrectionProposesARegradeThatASecondAdministratorApplies() {
        Scenario exam = new Scenario();
        String ac = exam.sit(List.of("A", "C"));
        String abc = exam.sit(List.of("A", "B", "C"));
        String a = exam.sit(List.of("A"));
        List.of(ac, abc, a).forEach(id -> kafka.await(ResultPublished.class, r -> r.attemptId().equals(id)));

        // the correction changes nothing by itself
        kafka.send(exam.correction("author-7"));
        String regradeId = exam.question + ":v1:k1";
        JsonNode proposal = awaitProposal(regradeId);
        assertThat(proposal.path("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposal.path("proposedBy").asText()).isEqualTo("author-7");
        assertThat(proposal.path("attempts").asInt()).isEqualTo(3);
        assertThat(proposal.path("flipsToPass").asInt()).isZero();
        assertThat(proposal.path("flipsToFail").asInt()).isEqualTo(1);
        // +1.33 − 4.00 + 0.67
        assertThat(proposal.path("totalScoreDelta").decimalValue()).isEqualByComparingTo("-2.00");
        JsonNode affected = call(HttpMethod.GET, "/api/regrades/" + regradeId, TestTokens.admin(), null).getBody()
                .path("affected");
        assertThat(change(affected, ac)).isEqualTo("3.67->5.00 true->true");
        assertThat(change(affected, abc)).isEqualTo("5.00->1.00 true->false");
        assertThat(change(affected, a)).isEqualTo("2.33->3.00 false->false");
        assertThat(revisions(abc)).isEqualTo(1);

        // a preview of the same question says the same, without proposing anything
        JsonNode preview = call(HttpMethod.POST, "/api/regrades/preview", TestTokens.admin(),
                "{\"questionId\":\"" + exam.question + "\"}").getBody();
        assertThat(preview.path("attempts").asInt()).isEqualTo(3);
        assertThat(preview.path("flipsToFail").asInt()).isEqualTo(1);

        // four eyes: the author who corrected the key cannot apply it, even as an administrator
        ResponseEntity<JsonNode> ownProposal = call(HttpMethod.POST, "/api/regrades/" + regradeId + "/apply",
                TestTokens.token("author-7", null, "ADMIN"), null);
        assertThat(ownProposal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ownProposal.getBody().path("code").asText()).isEqualTo("four-eyes-required");
        assertThat(call(HttpMethod.POST, "/api/regrades/" + regradeId + "/apply", TestTokens.grader(), null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(call(HttpMethod.POST, "/api/regrades/" + regradeId + "/apply", TestTokens.admin(), null)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(60)).until(() -> awaitProposal(regradeId).path("status").asText()
                .equals("APPLIED"));
        assertThat(awaitProposal(regradeId).path("appliedAttempts").asInt()).isEqualTo(3);
        ResultPublished revised = kafka.await(ResultPublished.class, r -> r.attemptId().equals(abc) && r.revision() == 2);
        assertThat(revised.score()).isEqualByComparingTo("1.00");
        assertThat(revised.passed()).isFalse();
        assertThat(revised.reason()).isEqualTo("answer key corrected: B is not a return reason");
        assertThat(revised.revisedBy()).isEqualTo("admin-1");

        // applying again is a no-op
        call(HttpMethod.POST, "/api/regrades/" + regradeId + "/apply", TestTokens.admin(), null);
        assertThat(revisions(abc)).isEqualTo(2);
        JsonNode listed = call(HttpMethod.GET, "/api/regrades", TestTokens.admin(), null).getBody();
        assertThat(listed).filteredOn(p -> p.path("regradeId").asText().equals(regradeId)).singleElement()
                .satisfies(p -> {
                    assertThat(p.path("attempts").asInt()).isEqualTo(3);
                    assertThat(p.path("appliedAttempts").asInt()).isEqualTo(3);
                    assertThat(p.path("scoreChanges").asInt()).isEqualTo(3);
                    assertThat(p.path("totalScoreDelta").decimalValue()).isEqualByComparingTo("-2.00");
                });
        JsonNode history = call(HttpMethod.GET, "/api/results/" + abc + "/history", TestTokens.auditor(), null).getBody();
        assertThat(history).extracting(h -> h.path("reason").asText())
                .containsExactly("initial grading", "answer key corrected: B is not a return reason");
    }

    @Test
    void anApplicationInterruptedHalfWayResumesWithoutRegradingAnAttemptTwice() {
        Scenario exam = new Scenario();
        String first = exam.sit(List.of("A", "B", "C"));
        String second = exam.sit(List.of("A", "C"));
        List.of(first, second).forEach(id -> kafka.await(ResultPublished.class, r -> r.attemptId().equals(id)));
        kafka.send(exam.correction("author-8"));
        String regradeId = exam.question + ":v1:k1";
        awaitProposal(regradeId);

        // what a crash leaves: the first attempt got its regrade, its progress row was never marked, and the
        // proposal is still APPLYING
        commands.sendAndWait(new ApplyRegrade(first, regradeId, exam.question, 1, 1, "B is not a return reason",
                "admin-1"));
        jdbc.sql("UPDATE regrade_proposal SET status = 'APPLYING', applied_by = 'admin-1', applied_at = now() WHERE regrade_id = ?")
                .param(regradeId).update();

        await().atMost(Duration.ofSeconds(60)).until(() -> awaitProposal(regradeId).path("status").asText()
                .equals("APPLIED"));
        assertThat(awaitProposal(regradeId).path("appliedAttempts").asInt()).isEqualTo(2);
        assertThat(regradesRecorded(first)).isEqualTo(1);
        assertThat(regradesRecorded(second)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> revisions(first) == 2 && revisions(second) == 2);
    }

    @Test
    void aProposalLeavesThePlannerCurrentStatisticsForApplyingIt() {
        Scenario exam = new Scenario();
        String attempt = exam.sit(List.of("A", "B", "C"));
        kafka.await(ResultPublished.class, r -> r.attemptId().equals(attempt));

        kafka.send(exam.correction("author-9"));
        awaitProposal(exam.question + ":v1:k1");

        // a table this small is read whole by ANALYZE, so its row estimate is exact; never analyzed it is -1
        assertThat(jdbc.sql("SELECT reltuples::bigint FROM pg_class WHERE relname = 'regrade_change'")
                .query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM regrade_change").query(Long.class).single());
    }

    @Test
    void regradeEndpointsRefuseBadInputAndOtherRoles() {
        assertThat(call(HttpMethod.POST, "/api/regrades/preview", TestTokens.admin(), "{}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(call(HttpMethod.POST, "/api/regrades/preview", TestTokens.admin(),
                "{\"questionId\":\"no-such-question\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call(HttpMethod.GET, "/api/regrades/nope", TestTokens.admin(), null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call(HttpMethod.GET, "/api/regrades", TestTokens.candidate("c-1"), null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(HttpMethod.POST, "/api/regrades", TestTokens.admin(), "{\"questionId\":\"q\"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode awaitProposal(String regradeId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> call(HttpMethod.GET, "/api/regrades/" + regradeId,
                TestTokens.admin(), null).getStatusCode() == HttpStatus.OK);
        return call(HttpMethod.GET, "/api/regrades/" + regradeId, TestTokens.admin(), null).getBody().path("proposal");
    }

    /** In the attempt's own stream: how many times a regrade reached it. */
    private int regradesRecorded(String attemptId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%.RegradeApplied'")
                .param(attemptId).query(Integer.class).single();
    }

    private int revisions(String attemptId) {
        return jdbc.sql("SELECT count(*) FROM result_revision WHERE attempt_id = ?").param(attemptId)
                .query(Integer.class).single();
    }

    private static String change(JsonNode affected, String attemptId) {
        for (JsonNode change : affected) {
            if (change.path("attemptId").asText().equals(attemptId)) {
                return change.path("oldScore").decimalValue().setScale(2) + "->"
                        + change.path("newScore").decimalValue().setScale(2) + " " + change.path("oldPassed").asBoolean()
                        + "->" + change.path("newPassed").asBoolean();
            }
        }
        return "absent";
    }

    private ResponseEntity<JsonNode> call(HttpMethod method, String path, String token, String body) {
        return Rest.call(http, method, path, token, body);
    }

    static final class Scenario {

        final String examId = "exam-" + UUID.randomUUID();
        final String question = "q-multi-" + UUID.randomUUID();
        final String trueFalse = "q-tf-" + UUID.randomUUID();

        Scenario() {
            kafka.send(new AnswerKeyPublished(AnswerKeyPublished.SCHEMA_VERSION, question, 1, key("A", "B", "C"), null));
            kafka.send(new AnswerKeyPublished(AnswerKeyPublished.SCHEMA_VERSION, trueFalse, 1, new AnswerKey(trueFalse,
                    "TRUE_FALSE", BigDecimal.ONE, null, null, true, null, null, null), null));
            kafka.send(new ExamPublished(ExamPublished.SCHEMA_VERSION, examId, 1, "Returns", null, 30,
                    new BigDecimal("3.5"), null, null, null, false, false, null, null, 12, List.of(), List.of(), null));
        }

        AnswerKey key(String... correct) {
            return new AnswerKey(question, "MULTIPLE_CHOICE", BigDecimal.ONE, "PARTIAL_NO_WRONG", List.of(correct), null,
                    null, null, null);
        }

        AnswerKeyCorrected correction(String author) {
            return new AnswerKeyCorrected(AnswerKeyCorrected.SCHEMA_VERSION, question, 1, 1, key("A", "B", "C"),
                    key("A", "C"), "B is not a return reason", author, null);
        }

        String sit(List<String> chosen) {
            String attemptId = "attempt-" + UUID.randomUUID();
            String candidate = "cand-" + UUID.randomUUID();
            Paper paper = new Paper(List.of(new PaperSection("Returns", List.of(
                    new PaperItem(question, question, 1, "MULTIPLE_CHOICE", new BigDecimal("4"), List.of("A", "B", "C", "D"),
                            null),
                    new PaperItem(trueFalse, trueFalse, 1, "TRUE_FALSE", BigDecimal.ONE, List.of(), null)))));
            kafka.send(new AttemptStarted(AttemptStarted.SCHEMA_VERSION, attemptId, examId, 1, candidate,
                    "chain-a/east/store-001", 1, 1L, null, null, paper));
            kafka.send(new AttemptSubmitted(AttemptSubmitted.SCHEMA_VERSION, attemptId, examId, 1, candidate,
                    "chain-a/east/store-001", false, null, null, List.of(
                    new ItemResponse(question, new Response(chosen, null, null)),
                    new ItemResponse(trueFalse, new Response(null, true, null)))));
            return attemptId;
        }
    }
}
