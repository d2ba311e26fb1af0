package io.certexam.platform.problem;

import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.validation.ConstraintViolationException;

/**
 * Every error leaves as {@code application/problem+json}; bad input gets a precise 4xx with a
 * field-level {@code errors} list, and nothing leaks a stack trace.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    private static final int RETRY_AFTER_SECONDS = 2;

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        return Problems.of(HttpStatus.CONFLICT, e.code(), "Not allowed in the current state", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "the request has " + errors.size() + " invalid field(s)");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "parameter '" + e.getName() + "' has an invalid value");
        problem.setProperty("errors", List.of(new FieldProblem(e.getName(), "invalid value: " + e.getValue())));
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "no such resource: " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "the resource was changed by another request at the same time; retry");
    }

    /** Two creations with one id: the stream exists (an id chosen by the client, sent twice). */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException e) {
        return Problems.of(HttpStatus.CONFLICT, "already-exists", "Already exists",
                "something with this id was created already");
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e, WebRequest request) {
        if (e.getCause() instanceof Exception cause && !(cause instanceof CommandExecutionException)) {
            return handleUnwrapped(cause, request);
        }
        return unexpected(e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "your role does not allow this");
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", "a valid bearer token is required");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseOutage.isCauseOf(e)) {
            log.warn("database unavailable, answered 503: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
                            "the database cannot be reached right now; nothing was changed, retry in a few seconds"));
        }
        log.error("unexpected error", e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "Internal error", "the request could not be processed; it has been logged"));
    }

    private ResponseEntity<Object> handleUnwrapped(Exception cause, WebRequest request) {
        ProblemDetail problem = null;
        if (cause instanceof NotFoundException nf) {
            problem = notFound(nf);
        } else if (cause instanceof RuleViolationException rv) {
            problem = ruleViolation(rv);
        } else if (cause instanceof InvalidInputException ii) {
            problem = invalidInput(ii);
        } else if (cause instanceof AggregateNotFoundException anf) {
            problem = aggregateNotFound(anf);
        } else if (cause instanceof ConcurrencyException ce) {
            problem = concurrentChange(ce);
        } else if (cause instanceof AggregateStreamCreationException sc) {
            problem = alreadyExists(sc);
        }
        if (problem != null) {
            return ResponseEntity.status(problem.getStatus()).body(problem);
        }
        ResponseEntity<Object> handled;
        try {
            handled = handleException(cause, request);
        } catch (Exception notAnMvcException) {
            // handleException rethrows what it does not know; it is ours to answer, not the container's
            handled = null;
        }
        return handled != null ? handled : unexpected(cause);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemHandling::toFieldProblem).toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "the request has " + errors.size() + " invalid field(s)");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "the request has " + errors.size() + " invalid parameter(s)");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request body",
                describeUnreadable(e));
        Optional<String> field = fieldOf(e);
        field.ifPresent(name -> problem.setProperty("errors", List.of(new FieldProblem(name, "wrong type or format"))));
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).headers(headers).body(Problems.of(
                HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large", e.getMessage()));
    }

    private static String describeUnreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof InvalidFormatException format) {
            return "value " + format.getValue() + " cannot be read as " + format.getTargetType().getSimpleName()
                    + " at " + path(format);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "unexpected value at " + path(mismatch);
        }
        return "the body is missing or is not valid JSON";
    }

    private static Optional<String> fieldOf(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return Optional.of(path(mismatch));
        }
        return Optional.empty();
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static FieldProblem toFieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }
}
