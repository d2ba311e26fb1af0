package io.certexam.bank.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.certexam.bank.Api;
import io.certexam.bank.Questions;
import io.certexam.contracts.bank.QuestionPublished;
import io.certexam.testsupport.KafkaTestClient;
import io.certexam.testsupport.ServiceIntegrationTest;

/**
 * The outbox watchdog on a real service: the event store's reader thread is stopped the way an OutOfMemoryError
 * once stopped it (D21), and the service must then report itself broken so it is restarted (D22).
 * <p>
 * Unlike the other service tests this one has its own context, on its own database (a second outbox on the shared
 * one would take some of its segments), and closes it afterwards: the context is broken on purpose.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        "certexam.database=bank_outbox_stall",
        "certexam.outbox.stall-after=2s",
        "certexam.outbox.check-every=200ms"})
@DirtiesContext
class OutboxStallTest {

    static KafkaTestClient kafka;
    /** The readers of the contexts other test classes left running in this JVM, which must keep working. */
    static Set<Thread> otherReaders;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
        otherReaders = eventStoreReaders();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void anOutboxWhoseEventStreamDiedMakesTheServiceReportItselfBroken() {
        Api api = new Api(http);
        // Two publications through the outbox, so its stream follows the event store's shared reader.
        for (String stem : new String[] {"Which aisle holds the returns desk?", "Who signs off a refund?"}) {
            String id = Questions.createPublished(api, Questions.singleChoice(stem, "A", "module:stall"));
            kafka.await(QuestionPublished.class, e -> e.questionId().equals(id));
        }
        assertThat(liveness().getStatusCode()).isEqualTo(HttpStatus.OK);

        stopTheEventStoreReader();
        Questions.createPublished(api, Questions.singleChoice("Where are receipts kept?", "B", "module:stall"));

        await().atMost(Duration.ofSeconds(30)).until(() -> liveness().getStatusCode() == HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(liveness().getBody()).contains("\"DOWN\"");
    }

    private ResponseEntity<String> liveness() {
        return http.getForEntity("/actuator/health/liveness", String.class);
    }

    /** This context's: its reader ends when interrupted, and the event store never starts another. */
    private static void stopTheEventStoreReader() {
        Set<Thread> ours = eventStoreReaders();
        ours.removeAll(otherReaders);
        assertThat(ours).isNotEmpty();
        ours.forEach(Thread::interrupt);
    }

    /** Axon's EmbeddedEventStore reads (and cleans its cache) in threads of a group of that name. */
    private static Set<Thread> eventStoreReaders() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getThreadGroup() != null && "EmbeddedEventStore".equals(t.getThreadGroup().getName()))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
