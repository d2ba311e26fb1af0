package io.certexam.grading.result;

import static io.certexam.grading.result.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/** Who may read results, and what bad requests get (never a 500). */
@ServiceIntegrationTest
class ResultAccessTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void healthNeedsNoToken() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void withoutATokenIs401() {
        ResponseEntity<JsonNode> response = get(http, "/api/results/any", null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    }

    @Test
    void rolesWithoutBusinessInResultsAre403() {
        assertThat(get(http, "/api/results/any", TestTokens.author()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(http, "/api/results/any", TestTokens.proctor()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(http, "/api/results/any/history", TestTokens.author()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUnknownAttemptIs404ForEveryone() {
        String unknown = ExamScenario.fresh("attempt");
        for (String token : new String[] {TestTokens.auditor(), TestTokens.admin(), TestTokens.grader(),
                TestTokens.candidate("c1")}) {
            ResponseEntity<JsonNode> response = get(http, "/api/results/" + unknown, token);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getBody().get("code").asText()).isEqualTo("not-found");
        }
        assertThat(get(http, "/api/results/" + unknown + "/history", TestTokens.auditor()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void malformedAttemptIdsAre404NotServerErrors() {
        String[] encoded = {"not-a-uuid", "%27%20OR%201%3D1--", "%E2%82%AC%F0%9F%98%80",
                "x".repeat(5000), "%20", "%C3%A9t%C3%A9"};
        for (String id : encoded) {
            ResponseEntity<JsonNode> response = get(http, URI.create("/api/results/" + id), TestTokens.auditor());
            assertThat(response.getStatusCode()).as(id).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    /**
     * Tomcat (encoded NUL, slash, backslash) and Spring Security's firewall (encoded %, ;, line feeds) turn
     * these away before any controller runs: still a 400, never a 500.
     */
    @Test
    void idsRejectedBeforeTheControllerAreClientErrors() {
        for (String id : new String[] {"%00", "a%2Fb", "a%5Cb", "%25", "a%3Bb", "%0A"}) {
            HttpHeaders headers = new HttpHeaders();
            headers.setBearerAuth(TestTokens.auditor());
            ResponseEntity<String> response = http.exchange(URI.create(http.getRootUri() + "/api/results/" + id),
                    HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(response.getStatusCode()).as(id).isEqualTo(HttpStatus.BAD_REQUEST);
        }
    }
}
