package io.certexam.exam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import io.micrometer.core.instrument.MeterRegistry;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/**
 * A request is measured once, as {@code http.server.requests}, and not again around each security filter: those
 * per-filter observations cost exam-service 13–18 % of its CPU on an exam day (platform SecurityConfiguration).
 */
@ServiceIntegrationTest
class RequestMetricsIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRequestIsTimedButItsSecurityFiltersAreNot() {
        Api api = new Api(http);
        assertThat(api.get("/api/exams", TestTokens.candidate("metrics-c1")).status()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("/api/exams", null).status()).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(meters.find("http.server.requests").tag("uri", "/api/exams").timer())
                .as("the requests' own timer").isNotNull();
        assertThat(meters.getMeters()).map(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security"));
    }
}
