package io.certexam.platform.ops;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.platform.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the ops port to {@code /actuator/**}: the API answers on the main port only, so the ops port's few threads
 * cannot be taken by candidates' requests. Runs first, before authentication: a path that is not served here is a 404
 * whoever asks. Everything under {@code /actuator} goes on through the same security as on the main port.
 */
class OpsPortFilter extends OncePerRequestFilter {

    private final OpsPort opsPort;
    private final ObjectMapper objectMapper;

    OpsPortFilter(OpsPort opsPort, ObjectMapper objectMapper) {
        this.opsPort = opsPort;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getLocalPort() != opsPort.localPort();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/actuator") || path.startsWith("/actuator/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not Found",
                "the ops port serves /actuator only (health, info, prometheus); the API is on the service's port"));
    }
}
