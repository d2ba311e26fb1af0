package io.certexam.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param partitions        partitions of each integration topic (and its dead-letter topic)
 * @param replicationFactor replicas of each topic
 * @param sendTimeout       how long the outbox waits for the broker's acknowledgement
 * @param consumerRetries   delivery attempts after the first before a record goes to the dead-letter topic
 * @param retryInterval     pause between those attempts
 */
@ConfigurationProperties("certexam.kafka")
public record MessagingProperties(int partitions, short replicationFactor, Duration sendTimeout, int consumerRetries,
                                  Duration retryInterval) {
}
