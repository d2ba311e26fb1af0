package io.certexam.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.IntegrationEvent;

/**
 * Sends integration events as CloudEvents (binary mode) and waits for the broker's acknowledgement
 * ({@code acks=all}, idempotent producer). Called from the outbox processor only: a failed send throws,
 * the processor retries, and its token does not advance past an unacknowledged event.
 * <p>
 * Inside a unit of work (the outbox processor handles a batch of events in one) the sends of the batch go out
 * together and are awaited when the unit of work prepares to commit, before the token moves: waiting for each event
 * in turn left exam-service's outbox minutes behind on exam day. The producer keeps them in order per partition.
 */
public class IntegrationEventPublisher {

    private static final String UNACKNOWLEDGED = IntegrationEventPublisher.class.getName() + ".unacknowledged";

    private final KafkaTemplate<String, byte[]> kafka;
    private final ObjectMapper objectMapper;
    private final String source;
    private final Duration sendTimeout;

    public IntegrationEventPublisher(KafkaTemplate<String, byte[]> kafka, ObjectMapper objectMapper, String source,
                                     Duration sendTimeout) {
        this.kafka = kafka;
        this.objectMapper = objectMapper;
        this.source = source;
        this.sendTimeout = sendTimeout;
    }

    /**
     * @param eventId stable across redelivery: the id of the domain event this was derived from, or
     *                {@link #derivedId} of it when one domain event yields several integration events
     * @param time    when the fact happened (the domain event's timestamp)
     */
    public void publish(String eventId, Instant time, IntegrationEvent event) {
        EventType type = EventType.of(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.subject(), toJson(event));
        Headers headers = record.headers();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, eventId);
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, type.cloudEventType());
        header(headers, CloudEventHeaders.SUBJECT, event.subject());
        header(headers, CloudEventHeaders.TIME, time.toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        CompletableFuture<SendResult<String, byte[]>> sent = kafka.send(record);
        if (CurrentUnitOfWork.isStarted()) {
            unacknowledged(CurrentUnitOfWork.get().root()).add(new Send(eventId, sent));
        } else {
            awaitAcknowledgement(new Send(eventId, sent));
        }
    }

    private record Send(String eventId, CompletableFuture<SendResult<String, byte[]>> acknowledgement) {
    }

    private List<Send> unacknowledged(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(UNACKNOWLEDGED, key -> {
            List<Send> sends = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> sends.forEach(this::awaitAcknowledgement));
            return sends;
        });
    }

    private void awaitAcknowledgement(Send send) {
        String eventId = send.eventId();
        try {
            send.acknowledgement().get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException(eventId, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublicationFailedException(eventId, e);
        }
    }

    /** A stable id for the n-th integration event derived from one domain event. */
    public static String derivedId(String domainEventId, String discriminator) {
        return UUID.nameUUIDFromBytes((domainEventId + "/" + discriminator).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private byte[] toJson(IntegrationEvent event) {
        try {
            return objectMapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
