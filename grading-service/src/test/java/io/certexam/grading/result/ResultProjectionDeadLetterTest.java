package io.certexam.grading.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.certexam.testsupport.ServiceIntegrationTest;

/**
 * A database error in the results projection parks that event in Axon's dead-letter queue and the projection goes
 * on. Without a savepoint around the handler, PostgreSQL would have aborted the whole transaction, the dead letter
 * could not be stored in it, and the processor would retry the failing batch for ever (AxonFramework#3289).
 */
@ServiceIntegrationTest
class ResultProjectionDeadLetterTest {

    @Autowired
    EventGateway events;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventTheDatabaseRejectsIsDeadLetteredAndLaterEventsAreProjected() {
        String rejected = ExamScenario.fresh("attempt");
        String healthy = ExamScenario.fresh("attempt");
        events.publish(deferred(rejected, "chain-a/" + "x".repeat(1100))); // result.org_path is VARCHAR(1000)
        events.publish(deferred(healthy, "chain-a/east/store-042"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT count(*) FROM result WHERE attempt_id = ?").param(healthy)
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM DeadLetterEntry
                            WHERE processingGroup = ? AND payloadType = ? AND causeMessage LIKE '%too long%'""")
                    .params(ResultProjection.GROUP, GradingDeferred.class.getName())
                    .query(Integer.class).single()).isEqualTo(1);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM result WHERE attempt_id = ?").param(rejected)
                .query(Integer.class).single()).isZero();
    }

    /**
     * Once an attempt's event is dead-lettered, its later events wait behind it, in order, though the queue is
     * consulted from memory (the processor's dead-letter cache) rather than for every event.
     */
    @Test
    void laterEventsOfAnAttemptWithADeadLetterWaitBehindIt() {
        String blocked = ExamScenario.fresh("attempt");
        String other = ExamScenario.fresh("attempt");
        eventStore.publish(onStream(blocked, 0, deferred(blocked, "chain-a/" + "x".repeat(1100))));
        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters(blocked) == 1);

        eventStore.publish(onStream(blocked, 1, deferred(blocked, "chain-a/east/store-042")));
        eventStore.publish(onStream(other, 0, deferred(other, "chain-a/east/store-042")));

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters(blocked) == 2
                && jdbc.sql("SELECT count(*) FROM result WHERE attempt_id = ?").param(other)
                        .query(Integer.class).single() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM result WHERE attempt_id = ?").param(blocked)
                .query(Integer.class).single()).isZero();
    }

    private static GenericDomainEventMessage<GradingDeferred> onStream(String attemptId, long sequence,
                                                                      GradingDeferred event) {
        return new GenericDomainEventMessage<>("AttemptGrading", attemptId, sequence, event);
    }

    private int deadLetters(String attemptId) {
        return jdbc.sql("SELECT count(*) FROM DeadLetterEntry WHERE processingGroup = ? AND sequenceIdentifier = ?")
                .params(ResultProjection.GROUP, attemptId).query(Integer.class).single();
    }

    /** Waiting for nothing: the other handler of the event (the subscribing wait list) only clears a row. */
    private static GradingDeferred deferred(String attemptId, String orgPath) {
        return new GradingDeferred(attemptId, "exam-dlq", 1, "cand-dlq", orgPath, Instant.parse("2026-11-20T10:00:00Z"),
                new MissingInputs(List.of(), false, false));
    }
}
