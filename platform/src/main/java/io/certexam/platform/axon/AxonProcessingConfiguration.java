package io.certexam.platform.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;

import io.certexam.platform.messaging.OutboxProcessor;

/**
 * Event processors are pooled streaming processors on the JDBC token store. The outbox processor must
 * never skip an event: its handler errors propagate, so the batch is retried and the token stays put.
 * Before Axon's JDBC auto-configuration, so that its event store uses our {@link UniqueViolationResolver}.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
public class AxonProcessingConfiguration {

    @Bean
    PersistenceExceptionResolver uniqueViolationResolver() {
        return new UniqueViolationResolver();
    }

    @Bean
    EventStoreHead eventStoreHead(ObjectProvider<EventStore> eventStore) {
        return new EventStoreHead(() -> eventStore.getObject().createHeadToken());
    }

    @Bean
    ProcessorLagMetrics processorLagMetrics(ObjectProvider<EventProcessingConfiguration> processing,
                                            EventStoreHead head, ObjectProvider<MeterRegistry> meters) {
        return new ProcessorLagMetrics(processing::getObject, head, meters::getIfAvailable);
    }

    @Bean
    ConfigurerModule pooledProcessorsWithStrictOutbox() {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors()
                .registerListenerInvocationErrorHandler(OutboxProcessor.NAME, config -> PropagatingErrorHandler.instance());
    }
}
