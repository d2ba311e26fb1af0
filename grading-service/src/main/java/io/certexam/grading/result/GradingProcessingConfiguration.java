package io.certexam.grading.result;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class GradingProcessingConfiguration {

    /**
     * The waits table must change in the grading transaction itself, and a failure there must roll the
     * grading back rather than be logged and skipped.
     */
    @Bean
    ConfigurerModule gradingWaitsInTheCommandTransaction() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(GradingWaitProjection.GROUP)
                .registerListenerInvocationErrorHandler(GradingWaitProjection.GROUP,
                        config -> PropagatingErrorHandler.instance());
    }
}
