package io.certexam.reporting;

import java.time.Duration;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.utils.ContainerTestUtils;

/** Test timing helpers for a service whose only input is Kafka. */
public final class Listeners {

    /**
     * Upper bound for a read model to show what was just sent. Generous because test JVMs of all modules
     * share the build machine; Awaitility returns as soon as the condition holds.
     */
    public static final Duration PROCESSING = Duration.ofSeconds(60);

    private static final int PARTITIONS = 6;

    private Listeners() {
    }

    /**
     * Waits until every listener owns its topic's partitions, so a test's awaits measure processing and
     * not the consumer groups' first join.
     */
    public static void awaitAssignment(KafkaListenerEndpointRegistry registry) {
        for (MessageListenerContainer container : registry.getListenerContainers()) {
            ContainerTestUtils.waitForAssignment(container, PARTITIONS);
        }
    }
}
