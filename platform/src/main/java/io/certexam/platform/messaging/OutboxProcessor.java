package io.certexam.platform.messaging;

/**
 * The processing group of a service's integration publisher: a pooled streaming processor reading the
 * service's own event store from the beginning, that publishes synchronously and only then moves its
 * token. Annotate the publishing event handler with {@code @ProcessingGroup(OutboxProcessor.NAME)}.
 */
public final class OutboxProcessor {

    public static final String NAME = "integration-publisher";

    private OutboxProcessor() {
    }
}
