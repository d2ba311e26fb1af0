package io.certexam.platform.web;

import java.util.Locale;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Renders errors that never reached a controller (Spring Security's firewall rejecting {@code ;},
 * {@code %25} or {@code ..} in a path, any {@code sendError}) as problem+json instead of Spring Boot's
 * plain JSON error map. Replaces Boot's BasicErrorController.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = Problems.of(status, code(status), status.getReasonPhrase(), detail(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String code(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "the request line or its path is malformed";
            case NOT_FOUND -> "no such resource";
            default -> status.is5xxServerError() ? "the request could not be processed; it has been logged"
                    : status.getReasonPhrase();
        };
    }

    /** A request for the error path itself, not forwarded by the container, is simply not found. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
