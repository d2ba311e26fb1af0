package io.certexam.platform.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/**
 * Read models a client must be able to read right after its own write (GET after POST) are updated by
 * subscribing processors, in the command's transaction. Their errors propagate, so a failing projection
 * fails the command instead of letting the read model drift from the events in silence.
 */
public final class ConsistentProjections {

    private ConsistentProjections() {
    }

    /** A module to declare as a {@code @Bean}, naming the processing groups to keep consistent. */
    public static ConfigurerModule of(String... processingGroups) {
        return configurer -> {
            for (String group : processingGroups) {
                configurer.eventProcessing()
                        .registerSubscribingEventProcessor(group)
                        .registerListenerInvocationErrorHandler(group, config -> PropagatingErrorHandler.instance());
            }
        };
    }
}
