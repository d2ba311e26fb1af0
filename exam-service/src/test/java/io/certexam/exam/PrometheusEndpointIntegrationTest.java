package io.certexam.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import io.certexam.platform.ops.OpsPort;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/**
 * What an operator scrapes on an exam day: request timings, the pool, the Kafka clients and how far each event
 * processor is behind the event store — for an ADMIN only.
 */
@ServiceIntegrationTest
class PrometheusEndpointIntegrationTest {

    private static final Pattern OUTBOX_LAG =
            Pattern.compile("(?m)^certexam_processor_lag_events\\{[^}]*processor=\"integration-publisher\"[^}]*} (\\S+)$");

    @Autowired
    TestRestTemplate http;

    @Autowired
    OpsPort opsPort;

    @Test
    void onlyAnAdminReadsTheMetrics() {
        Api api = new Api(http);

        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get("/actuator/prometheus", TestTokens.candidate("metrics-c2")).status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/actuator/prometheus", TestTokens.auditor()).status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/actuator/prometheus", TestTokens.admin()).status()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theOpsPortServesTheSameActuatorBehindTheSameSecurityAndNoApi() {
        Api api = new Api(http);
        String ops = "http://localhost:" + opsPort.localPort();

        assertThat(api.get(ops + "/actuator/health/liveness", null).status()).isEqualTo(HttpStatus.OK);
        assertThat(api.get(ops + "/actuator/prometheus", null).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get(ops + "/actuator/prometheus", TestTokens.candidate("metrics-c4")).status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get(ops + "/actuator/prometheus", TestTokens.admin()).body()).contains("certexam_processor_lag_events{");
        assertThat(api.get(ops + "/api/exams", TestTokens.candidate("metrics-c4")).status()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theOutboxLagComesDownToZeroOnceEverythingStoredIsPublished() {
        Api api = new Api(http);
        api.get("/api/exams", TestTokens.candidate("metrics-c3"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = api.get("/actuator/prometheus", TestTokens.admin()).body();
            assertThat(metrics).contains("http_server_requests_seconds_count{", "hikaricp_connections_active{");
            Matcher lag = OUTBOX_LAG.matcher(metrics);
            assertThat(lag.find()).as("the outbox's lag gauge in:%n%s", metrics).isTrue();
            assertThat(Double.parseDouble(lag.group(1))).isZero();
        });
    }
}
