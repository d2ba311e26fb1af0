package io.certexam.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class ProblemHandlingTest {

    private final ProblemHandling handling = new ProblemHandling();

    @Test
    void aRequestThatCouldNotReachTheDatabaseIsA503WithRetryAfter() {
        var outage = new EventStoreException("append failed",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        ResponseEntity<Object> response = handling.unexpected(outage);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(((ProblemDetail) response.getBody()).getProperties()).containsEntry("code", "unavailable");
    }

    @Test
    void aDatabaseOutageInsideACommandIsA503Too() {
        var failed = new CommandExecutionException("command failed",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLException("Connection refused", "08001")));

        ResponseEntity<Object> response = handling.commandFailed(failed,
                new ServletWebRequest(new MockHttpServletRequest()));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void aStatementOnAConnectionThePoolEvictedDuringARestartIsA503() {
        var evicted = new org.axonframework.common.jdbc.JdbcException("Failed to create a SQL statement",
                new SQLException("Connection is closed"));

        assertThat(handling.unexpected(evicted).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void otherSqlFailuresStayInternalErrors() {
        var bug = new IllegalStateException("broken", new SQLException("column does not exist", "42703"));

        ResponseEntity<Object> response = handling.unexpected(bug);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNull();
    }

    @Test
    void anUnknownCauseInsideACommandIsAnsweredNotRethrown() {
        var failed = new CommandExecutionException("command failed", new IllegalStateException("bug"));

        ResponseEntity<Object> response = handling.commandFailed(failed,
                new ServletWebRequest(new MockHttpServletRequest()));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
    }

    @Test
    void aSecondCreationWithTheSameIdIsAConflict() {
        var failed = new CommandExecutionException("command failed",
                new AggregateStreamCreationException("An event for aggregate [q-1] at sequence [0] was already inserted"));

        ResponseEntity<Object> response = handling.commandFailed(failed,
                new ServletWebRequest(new MockHttpServletRequest()));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(((ProblemDetail) response.getBody()).getProperties()).containsEntry("code", "already-exists");
    }
}
