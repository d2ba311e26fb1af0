package io.certexam.exam.attempt;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AttemptProcessingConfiguration {

    /**
     * The registry runs in the command's transaction, and its failures must fail the command (by default
     * they would be logged and the event stored anyway): that is what makes a concurrent second start fail.
     */
    @Bean
    ConfigurerModule attemptRegistryInCommandTransaction() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(AttemptRegistry.NAME)
                .registerListenerInvocationErrorHandler(AttemptRegistry.NAME, config -> PropagatingErrorHandler.instance());
    }
}
