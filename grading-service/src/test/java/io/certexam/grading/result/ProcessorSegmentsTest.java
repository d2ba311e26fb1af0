package io.certexam.grading.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.certexam.platform.messaging.OutboxProcessor;
import io.certexam.testsupport.ServiceIntegrationTest;

/**
 * The pooled processors start with four segments, not Axon's sixteen: on a few cores, sixteen work packages made
 * four times as many token commits for the same events (docs/decisions.md, D18).
 */
@ServiceIntegrationTest
class ProcessorSegmentsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theResultsProjectionAndTheOutboxHaveFourSegmentsEach() {
        for (String processor : new String[] {ResultProjection.GROUP, OutboxProcessor.NAME}) {
            // a processor's coordinator creates its tokens once it has started
            await().atMost(Duration.ofSeconds(30)).until(() -> segments(processor) > 0);
            assertThat(segments(processor)).as(processor).isEqualTo(4);
        }
    }

    private int segments(String processor) {
        return jdbc.sql("SELECT count(*) FROM TokenEntry WHERE processorName = ?").param(processor)
                .query(Integer.class).single();
    }
}
