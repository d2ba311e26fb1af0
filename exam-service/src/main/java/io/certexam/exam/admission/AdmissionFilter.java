package io.certexam.exam.admission;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.platform.problem.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets API requests in through {@link Admission} and answers the ones it refuses with 503, {@code Retry-After} and a
 * problem. It runs before authentication, so a refused request costs almost nothing: it changed nothing and learns
 * nothing but that the service is busy. Health and the API docs are never held back.
 */
class AdmissionFilter extends OncePerRequestFilter {

    private final Admission admission;
    private final ObjectMapper objectMapper;
    private final long retryAfterSeconds;
    private final Counter refusedPriority;
    private final Counter refusedRoutine;

    AdmissionFilter(Admission admission, ObjectMapper objectMapper, Duration retryAfter, MeterRegistry meters) {
        this.admission = admission;
        this.objectMapper = objectMapper;
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
        this.refusedPriority = refusedCounter(meters, Admission.Kind.PRIORITY);
        this.refusedRoutine = refusedCounter(meters, Admission.Kind.ROUTINE);
    }

    private static Counter refusedCounter(MeterRegistry meters, Admission.Kind kind) {
        return Counter.builder("certexam.admission.refused")
                .description("API requests answered 503 because exam-service was at its admission limit")
                .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !pathOf(request).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Admission.Kind kind = kindOf(request);
        boolean admitted;
        try {
            admitted = admission.tryEnter(kind);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            (kind == Admission.Kind.PRIORITY ? refusedPriority : refusedRoutine).increment();
            refuse(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admission.leave();
        }
    }

    /** Starting an attempt ({@code POST /api/exams/{id}/attempts}) and submitting one go first. */
    static Admission.Kind kindOf(HttpServletRequest request) {
        if ("POST".equals(request.getMethod())) {
            String path = pathOf(request);
            if (path.startsWith("/api/attempts/") && path.endsWith("/submit")
                    || path.startsWith("/api/exams/") && path.endsWith("/attempts")) {
                return Admission.Kind.PRIORITY;
            }
        }
        return Admission.Kind.ROUTINE;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                "Busy", "exam-service is serving as many requests as it can; nothing was changed, send this again in "
                        + retryAfterSeconds + " s"));
    }
}
