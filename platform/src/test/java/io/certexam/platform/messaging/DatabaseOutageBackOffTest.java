package io.certexam.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

class DatabaseOutageBackOffTest {

    @Test
    void aRecordThatFailedBecauseTheDatabaseIsAwayIsRetriedWithoutLimit() {
        var failure = new ListenerExecutionFailedException("listener failed",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLException("Connection refused", "08001")));

        BackOffExecution retries = MessagingConfiguration.backOffFor(failure).start();

        for (int i = 0; i < 1000; i++) {
            assertThat(retries.nextBackOff()).isEqualTo(2_000L);
        }
    }

    @Test
    void otherFailuresKeepTheBoundedRetriesBeforeTheDeadLetterTopic() {
        var failure = new ListenerExecutionFailedException("listener failed", new IllegalStateException("bug"));

        assertThat(MessagingConfiguration.backOffFor(failure)).isNull();
    }
}
