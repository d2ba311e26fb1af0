package io.certexam.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.certexam.contracts.exam.TimeExtended;

/** How the outbox waits for Kafka; the broker itself is stubbed, real ones are in every service's integration tests. */
class IntegrationEventPublisherTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
    private final IntegrationEventPublisher publisher = new IntegrationEventPublisher(kafka,
            new ObjectMapper().registerModule(new JavaTimeModule()), "test", Duration.ofSeconds(1));
    private final CompletableFuture<SendResult<String, byte[]>> first = new CompletableFuture<>();
    private final CompletableFuture<SendResult<String, byte[]>> second = new CompletableFuture<>();

    @AfterEach
    void noUnitOfWorkLeftBehind() {
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().rollback();
        }
    }

    @Test
    void aBatchSendsEverythingFirstAndCommitsOnlyWhenTheBrokerAcknowledgedAll() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(first, second);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);

        publisher.publish("event-1", NOW, extended("attempt-1"));
        publisher.publish("event-2", NOW, extended("attempt-2"));

        verify(kafka, times(2)).send(any(ProducerRecord.class)); // both sent, neither acknowledged yet
        first.complete(null);
        second.completeExceptionally(new IllegalStateException("broker went away"));
        assertThatThrownBy(batch::commit).isInstanceOf(PublicationFailedException.class).hasMessageContaining("event-2");
        assertThat(batch.isRolledBack()).isTrue();
    }

    @Test
    void aBatchWhoseSendsWereAcknowledgedCommits() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(first, second);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        publisher.publish("event-1", NOW, extended("attempt-1"));
        publisher.publish("event-2", NOW, extended("attempt-2"));
        first.complete(null);
        second.complete(null);

        assertThatCode(batch::commit).doesNotThrowAnyException();
        assertThat(batch.isRolledBack()).isFalse();
    }

    @Test
    void outsideAUnitOfWorkEachSendIsAwaitedAtOnce() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(first);
        first.completeExceptionally(new IllegalStateException("broker went away"));

        assertThatThrownBy(() -> publisher.publish("event-1", NOW, extended("attempt-1")))
                .isInstanceOf(PublicationFailedException.class).hasMessageContaining("event-1");
    }

    private static TimeExtended extended(String attemptId) {
        return new TimeExtended(TimeExtended.SCHEMA_VERSION, attemptId, 10, "power cut", "proctor-1",
                NOW.plusSeconds(3600), NOW);
    }
}
