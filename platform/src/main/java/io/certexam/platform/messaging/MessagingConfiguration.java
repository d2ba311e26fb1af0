package io.certexam.platform.messaging;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.Topics;
import io.certexam.platform.axon.EventStoreHead;
import io.certexam.platform.problem.DatabaseOutage;

@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration"})
@EnableConfigurationProperties({MessagingProperties.class, OutboxProperties.class})
public class MessagingConfiguration {

    private static final FixedBackOff UNTIL_THE_DATABASE_IS_BACK = new FixedBackOff(2_000, FixedBackOff.UNLIMITED_ATTEMPTS);

    @Bean
    IntegrationEventPublisher integrationEventPublisher(KafkaTemplate<String, byte[]> kafka, ObjectMapper objectMapper,
                                                        @Value("${spring.application.name}") String applicationName,
                                                        MessagingProperties properties) {
        return new IntegrationEventPublisher(kafka, objectMapper, "/" + applicationName, properties.sendTimeout());
    }

    @Bean
    OutboxWatchdog outboxWatchdog(ObjectProvider<EventProcessingConfiguration> processing,
                                  EventStoreHead head, ApplicationEventPublisher events,
                                  OutboxProperties properties) {
        return new OutboxWatchdog(
                () -> processing.getObject().eventProcessor(OutboxProcessor.NAME, StreamingEventProcessor.class),
                head, events, properties.stallAfter(), properties.checkEvery(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(name = "certexam.liveness.exit-when-broken", havingValue = "true")
    ExitWhenBroken exitWhenBroken(ConfigurableApplicationContext context) {
        return ExitWhenBroken.closing(context, Duration.ofSeconds(60));
    }

    @Bean
    ConfigurerModule outboxWatchdogInterceptor(OutboxWatchdog watchdog) {
        return configurer -> configurer.eventProcessing()
                .registerHandlerInterceptor(OutboxProcessor.NAME, config -> watchdog.interceptor());
    }

    @Bean
    IntegrationEventReader integrationEventReader(ObjectMapper objectMapper) {
        return new IntegrationEventReader(objectMapper);
    }

    @Bean
    Inbox inbox(IntegrationEventReader reader, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        return new Inbox(reader, jdbc, new TransactionTemplate(transactionManager));
    }

    /**
     * Picked up by Spring Boot's listener container factory: bounded retries, then the dead-letter topic — except
     * while the database cannot be reached. A record is not at fault for that (a PostgreSQL restart would
     * otherwise dead-letter one record per partition), so it is retried every few seconds until the database is back.
     */
    @Bean
    DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, byte[]> kafka, MessagingProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), record.partition()));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(properties.retryInterval().toMillis(), properties.consumerRetries()));
        handler.addNotRetryableExceptions(PoisonRecordException.class);
        handler.setBackOffFunction((record, failure) -> backOffFor(failure));
        return handler;
    }

    /** null: the default, bounded back-off. */
    static BackOff backOffFor(Exception failure) {
        return DatabaseOutage.isCauseOf(failure) ? UNTIL_THE_DATABASE_IS_BACK : null;
    }

    /** Every integration topic and its dead-letter twin, kept forever; creating an existing topic is a no-op. */
    @Bean
    KafkaAdmin.NewTopics integrationTopics(MessagingProperties properties) {
        NewTopic[] topics = Topics.ALL.stream()
                .flatMap(topic -> java.util.stream.Stream.of(topic, Topics.deadLetterTopicOf(topic)))
                .map(name -> TopicBuilder.name(name)
                        .partitions(properties.partitions())
                        .replicas(properties.replicationFactor())
                        .config("retention.ms", "-1")
                        .build())
                .toArray(NewTopic[]::new);
        return new KafkaAdmin.NewTopics(topics);
    }
}
