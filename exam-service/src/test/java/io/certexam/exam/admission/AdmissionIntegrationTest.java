package io.certexam.exam.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

import io.certexam.exam.Api;
import io.certexam.exam.admission.Admission.Kind;
import io.certexam.testsupport.ServiceIntegrationTest;
import io.certexam.testsupport.TestTokens;

/**
 * Switched on ({@code EXAM_ADMISSION=true}), the admission filter sits in the running service in front of Spring
 * Security: with the routine share taken, a save is refused before its token is even looked at, while a submit
 * still reaches authentication.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"certexam.exam.admission.enabled=true", "certexam.exam.admission.wait=0s"})
class AdmissionIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Admission admission;

    @Test
    void aFullServiceRefusesRoutineRequestsButLetsSubmitsAndHealthThrough() throws Exception {
        Api api = new Api(http);
        String attempt = "/api/attempts/" + UUID.randomUUID();
        int taken = 0;
        try {
            while (admission.inFlight() < admission.routineLimit()) {
                assertThat(admission.tryEnter(Kind.ROUTINE)).isTrue();
                taken++;
            }

            Api.Reply save = api.put(attempt + "/responses/i-1", null, "{\"response\":{\"choices\":[\"a\"]},\"clientSeq\":1}");
            assertThat(save.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(save.response().getHeaders().getFirst("Retry-After")).isEqualTo("5");
            assertThat(save.json().path("code").asText()).isEqualTo("busy");

            assertThat(api.post(attempt + "/submit", null, null).status())
                    .as("a submit has its own share and meets authentication").isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(api.get("/actuator/health", null).status()).isEqualTo(HttpStatus.OK);
        } finally {
            for (int i = 0; i < taken; i++) {
                admission.leave();
            }
        }
        assertThat(api.get("/api/exams", TestTokens.candidate("admission-c1")).status()).isEqualTo(HttpStatus.OK);
    }
}
