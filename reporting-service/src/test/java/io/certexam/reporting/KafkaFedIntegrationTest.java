package io.certexam.reporting;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import io.certexam.testsupport.KafkaTestClient;

/**
 * A reporting test that feeds the service through its topics: one producer per test class, and every listener owns
 * its partitions before each test starts (see {@link Listeners#awaitAssignment}).
 */
public abstract class KafkaFedIntegrationTest {

    protected static KafkaTestClient kafka;

    @Autowired
    protected KafkaListenerEndpointRegistry listeners;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @BeforeEach
    void listenersReady() {
        Listeners.awaitAssignment(listeners);
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }
}
