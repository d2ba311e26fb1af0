package io.certexam.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.reporting.ReportApi;
import io.certexam.reporting.TestEvents;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Who may read which report, and what bad paths get: always problem+json, never a 500. */
@ServiceIntegrationTest
class ReportAccessTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void withoutATokenNothingIsReadable() {
        assertProblem(api().get("/api/reports/exams/exam-1/summary", null), HttpStatus.UNAUTHORIZED);
        assertProblem(api().get("/api/reports/candidates/cand-1/transcript", null), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void summariesAreForAdminsAndAuditorsOnly() {
        String exam = TestEvents.id("exam");
        assertProblem(api().get("/api/reports/exams/" + exam + "/summary", TestTokens.candidate("cand-1")),
                HttpStatus.FORBIDDEN);
        assertProblem(api().get("/api/reports/exams/" + exam + "/summary", TestTokens.author()), HttpStatus.FORBIDDEN);
        assertProblem(api().get("/api/reports/exams/" + exam + "/summary", TestTokens.grader()), HttpStatus.FORBIDDEN);
    }

    @Test
    void anExamNobodyHasHeardOfIsNotFound() {
        String exam = TestEvents.id("exam");
        assertProblem(api().get("/api/reports/exams/" + exam + "/summary", TestTokens.admin()), HttpStatus.NOT_FOUND);
        assertProblem(api().get("/api/reports/exams/" + exam + "/summary", TestTokens.auditor()), HttpStatus.NOT_FOUND);
    }

    @Test
    void aCandidateReadsTheirOwnTranscriptOnly() {
        String me = TestEvents.id("cand");
        JsonNode own = api().transcript(me, TestTokens.candidate(me));
        assertThat(own.get("candidateId").asText()).isEqualTo(me);
        assertThat(own.get("attempts")).isEmpty();

        assertProblem(api().get("/api/reports/candidates/someone-else/transcript", TestTokens.candidate(me)),
                HttpStatus.FORBIDDEN);
    }

    @Test
    void adminsReadAnyTranscriptOtherRolesNone() {
        assertThat(api().transcript("cand-1", TestTokens.admin()).get("candidateId").asText()).isEqualTo("cand-1");
        assertProblem(api().get("/api/reports/candidates/cand-1/transcript", TestTokens.auditor()), HttpStatus.FORBIDDEN);
        assertProblem(api().get("/api/reports/candidates/cand-1/transcript", TestTokens.proctor()), HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a%20b",                           // blank inside
            "%20",                             // only blank
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", // markup, with an encoded slash
            "x%00y",                           // NUL
            "%E2%80%8B",                       // zero-width space
            "a;b",                             // matrix parameter syntax
            "%25",                             // encoded percent
            "..",                              // path traversal
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void malformedIdsInThePathAreRejectedAsProblems(String id) {
        assertClientProblem(api().get("/api/reports/exams/" + id + "/summary", TestTokens.admin()));
        assertClientProblem(api().get("/api/reports/candidates/" + id + "/transcript", TestTokens.admin()));
    }

    @Test
    void aMalformedIdNamesTheOffendingParameter() {
        JsonNode problem = ReportApi.json(assertProblem(
                api().get("/api/reports/exams/a%20b/summary", TestTokens.admin()), HttpStatus.BAD_REQUEST));
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("examId");
    }

    @Test
    void pathsAndMethodsThatDoNotExistAreProblemsToo() {
        assertProblem(api().get("/api/reports/nothing-here", TestTokens.admin()), HttpStatus.NOT_FOUND);
        assertProblem(api().get("/error", null), HttpStatus.NOT_FOUND);
        ResponseEntity<String> post = http.exchange(RequestEntity.post(URI.create(http.getRootUri()
                + "/api/reports/exams/exam-1/summary")).header("Authorization", "Bearer " + TestTokens.admin())
                .build(), String.class);
        assertProblem(post, HttpStatus.METHOD_NOT_ALLOWED);
    }

    private ReportApi api() {
        return new ReportApi(http);
    }

    private static ResponseEntity<String> assertProblem(ResponseEntity<String> response, HttpStatus status) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertIsProblem(response);
        assertThat(ReportApi.json(response).get("status").asInt()).isEqualTo(status.value());
        return response;
    }

    private static void assertClientProblem(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is4xxClientError()).as(response.getStatusCode() + " " + response.getBody())
                .isTrue();
        assertIsProblem(response);
        assertThat(ReportApi.json(response).get("status").asInt()).isEqualTo(response.getStatusCode().value());
    }

    private static void assertIsProblem(ResponseEntity<String> response) {
        assertThat(response.getHeaders().getContentType()).as(response.getBody()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(response.getHeaders().getContentType() + " " + response.getBody()).isTrue();
    }
}
