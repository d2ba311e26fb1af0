package io.certexam.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param stallAfter how long the outbox may stand still, with events to publish and no try to publish them, before
 *                   the service reports itself broken ({@link OutboxWatchdog})
 * @param checkEvery how often the watchdog looks
 */
@ConfigurationProperties("certexam.outbox")
public record OutboxProperties(Duration stallAfter, Duration checkEvery) {
}
