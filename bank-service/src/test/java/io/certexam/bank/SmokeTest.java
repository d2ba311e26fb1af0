package io.certexam.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import io.certexam.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class SmokeTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void healthIsUpAndApiNeedsToken() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        var response = http.getForEntity("/api/questions", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    }
}
