package io.certexam.exam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class ApiDocsIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void healthAndApiDocsAreOpenAndTheCallerIsNotARequestParameter() {
        Api api = new Api(http);
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(HttpStatus.OK);
        Api.Reply docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(HttpStatus.OK);
        JsonNode paths = docs.json().path("paths");
        assertThat(paths.has("/api/exams/{examId}/attempts")).isTrue();
        assertThat(paths.has("/api/attempts/{attemptId}/responses/{itemId}")).isTrue();
        // the caller comes from the token (an Actor argument), never from the request
        assertThat(paths.findValues("in")).extracting(JsonNode::asText).containsOnly("path", "query");
        assertThat(paths.findValues("name")).extracting(JsonNode::asText)
                .doesNotContain("actor", "candidate", "proctor", "auditor")
                .containsOnly("examId", "attemptId", "itemId", "candidateId", "asOf");
    }
}
