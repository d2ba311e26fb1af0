package io.certexam.exam.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.exam.admission.Admission.Kind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;

class AdmissionFilterTest {

    private final Admission admission = new Admission(4, 0, Duration.ZERO, Duration.ZERO);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AdmissionFilter filter = new AdmissionFilter(admission, new ObjectMapper(), Duration.ofSeconds(3), meters);

    @Test
    void startsAndSubmitsGoFirstEverythingElseIsRoutine() {
        assertThat(AdmissionFilter.kindOf(request("POST", "/api/exams/e-1/attempts"))).isEqualTo(Kind.PRIORITY);
        assertThat(AdmissionFilter.kindOf(request("POST", "/api/attempts/a-1/submit"))).isEqualTo(Kind.PRIORITY);
        assertThat(AdmissionFilter.kindOf(request("PUT", "/api/attempts/a-1/responses/i-1"))).isEqualTo(Kind.ROUTINE);
        assertThat(AdmissionFilter.kindOf(request("GET", "/api/exams/e-1/attempts"))).isEqualTo(Kind.ROUTINE);
        assertThat(AdmissionFilter.kindOf(request("POST", "/api/attempts/a-1/void"))).isEqualTo(Kind.ROUTINE);
    }

    @Test
    void aRefusedRequestGets503WithRetryAfterAndAProblemAndGoesNoFurther() throws Exception {
        for (int i = 0; i < admission.routineLimit(); i++) {
            admission.tryEnter(Kind.ROUTINE);
        }
        AtomicInteger passedOn = new AtomicInteger();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request("PUT", "/api/attempts/a-1/responses/i-1"), response,
                (req, res) -> passedOn.incrementAndGet());

        assertThat(passedOn).hasValue(0);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("3");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.getContentAsString());
        assertThat(problem.path("type").asText()).isEqualTo("https://certexam.io/problems/busy");
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(meters.get("certexam.admission.refused").tag("kind", "routine").counter().count()).isEqualTo(1.0);
        assertThat(admission.inFlight()).as("a refusal takes no place").isEqualTo(admission.routineLimit());
    }

    @Test
    void anAdmittedRequestGivesItsPlaceBackEvenWhenItFails() throws Exception {
        FilterChain failing = (req, res) -> {
            assertThat(admission.inFlight()).isEqualTo(1);
            throw new IllegalStateException("boom");
        };

        assertThatThrownBy(() -> filter.doFilter(request("POST", "/api/attempts/a-1/submit"),
                new MockHttpServletResponse(), failing)).hasMessage("boom");
        assertThat(admission.inFlight()).isZero();
    }

    @Test
    void healthAndTheApiDocsAreNeverHeldBack() throws Exception {
        for (int i = 0; i < admission.limit(); i++) {
            admission.tryEnter(Kind.PRIORITY);
        }
        AtomicInteger passedOn = new AtomicInteger();
        filter.doFilter(request("GET", "/actuator/health"), new MockHttpServletResponse(),
                (req, res) -> passedOn.incrementAndGet());
        filter.doFilter(request("GET", "/v3/api-docs"), new MockHttpServletResponse(),
                (req, res) -> passedOn.incrementAndGet());
        assertThat(passedOn).hasValue(2);
    }

    private static MockHttpServletRequest request(String method, String path) {
        return new MockHttpServletRequest(method, path);
    }
}
