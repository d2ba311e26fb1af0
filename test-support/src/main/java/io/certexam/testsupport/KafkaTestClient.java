package io.certexam.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.IntegrationEvent;

/**
 * Plays the other services in a service's integration test: sends integration events exactly as a
 * publisher would (CloudEvents binary mode), sends raw poison records, and reads what the service
 * published, awaiting with a timeout.
 */
public final class KafkaTestClient implements AutoCloseable {

    /** Generous: the test JVMs share a 2-core machine; Awaitility returns as soon as the condition holds. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final KafkaProducer<String, byte[]> producer;

    public KafkaTestClient() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer = new KafkaProducer<>(config);
    }

    /** Sends {@code event} with a fresh id; returns the id. */
    public String send(IntegrationEvent event) {
        String id = UUID.randomUUID().toString();
        send(id, event);
        return id;
    }

    /** Sends {@code event} with the given CloudEvents id (send twice to simulate a redelivery). */
    public void send(String eventId, IntegrationEvent event) {
        EventType type = EventType.of(event);
        try {
            sendRaw(type.topic(), event.subject(), type.cloudEventType(), eventId, json.writeValueAsBytes(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends any bytes under any type: the way to produce a poison record. */
    public void sendRaw(String topic, String key, String cloudEventType, String eventId, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, eventId);
        header(record, CloudEventHeaders.SOURCE, "/test");
        header(record, CloudEventHeaders.TYPE, cloudEventType);
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the topic holds a record of {@code type} matching {@code condition}; returns its payload. */
    public <T extends IntegrationEvent> T await(Class<T> type, Predicate<T> condition) {
        return awaitRecord(type, condition).payload();
    }

    /** Like {@link #await} but also returns the record's CloudEvents id and key. */
    public <T extends IntegrationEvent> Received<T> awaitRecord(Class<T> type, Predicate<T> condition) {
        EventType eventType = eventTypeOf(type);
        List<Received<T>> found = new ArrayList<>();
        Awaitility.await().atMost(TIMEOUT).until(() -> {
            for (Received<T> received : readAll(eventType.topic(), type)) {
                if (condition.test(received.payload())) {
                    found.add(received);
                    return true;
                }
            }
            return false;
        });
        return found.get(0);
    }

    /** Every record of {@code type} currently on its topic. */
    public <T extends IntegrationEvent> List<Received<T>> readAll(Class<T> type) {
        return readAll(eventTypeOf(type).topic(), type);
    }

    /** Every record currently on {@code topic} (e.g. a dead-letter topic), as raw values with their ids. */
    public List<ConsumerRecord<String, byte[]>> readRaw(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = newConsumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!caughtUp(consumer, end) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private <T extends IntegrationEvent> List<Received<T>> readAll(String topic, Class<T> type) {
        String cloudEventType = eventTypeOf(type).cloudEventType();
        List<Received<T>> result = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : readRaw(topic)) {
            if (cloudEventType.equals(header(record, CloudEventHeaders.TYPE))) {
                try {
                    result.add(new Received<>(header(record, CloudEventHeaders.ID), record.key(),
                            json.readValue(record.value(), type)));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("unreadable " + cloudEventType, e);
                }
            }
        }
        return result;
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static KafkaConsumer<String, byte[]> newConsumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    private static EventType eventTypeOf(Class<? extends IntegrationEvent> type) {
        for (EventType eventType : EventType.values()) {
            if (eventType.payloadType() == type) {
                return eventType;
            }
        }
        throw new IllegalArgumentException(type + " is not an integration event");
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }

    /** A record read back: CloudEvents id, Kafka key and payload. */
    public record Received<T>(String id, String key, T payload) {
    }
}
