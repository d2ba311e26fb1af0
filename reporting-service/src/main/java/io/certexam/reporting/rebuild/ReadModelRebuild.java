package io.certexam.reporting.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drops every read model and re-reads the topics from the beginning: stop the listeners, empty the read
 * model tables and the consumers' processed-event ids in one transaction, delete the Kafka consumer groups
 * (so they start again at the earliest offset, {@code auto-offset-reset=earliest}), start the listeners.
 * <p>
 * The certificate outbox is not a read model and is kept: certificate and event ids are derived from the
 * attempt and revision, so the rebuilt certificates queue events that are already there, and nothing is
 * published again.
 */
@Component
public class ReadModelRebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    static final List<String> READ_MODELS = List.of("current_result", "result_revision", "attempt", "exam_version",
            "certificate", "exam_question", "answer_key", "attempt_timeline");
    private static final Duration GROUP_LEAVE_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaAdmin kafkaAdmin;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** One client for the service's life: progress is polled twice a second during a rebuild. */
    private AdminClient admin;

    ReadModelRebuild(KafkaListenerEndpointRegistry listeners, KafkaAdmin kafkaAdmin, JdbcClient jdbc,
                     PlatformTransactionManager transactions, Clock clock) {
        this.listeners = listeners;
        this.kafkaAdmin = kafkaAdmin;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What a rebuild did; the replay itself continues in the listeners after this returns. */
    public record Started(Instant startedAt, List<String> consumers, List<String> tables) {
    }

    /** Progress of the listeners: how many records are still to be read, per consumer group. */
    public record Progress(boolean caughtUp, long lag, Map<String, Long> lagByConsumer) {
    }

    public synchronized Started rebuild() {
        Instant started = clock.instant();
        List<MessageListenerContainer> containers = new ArrayList<>(listeners.getListenerContainers());
        List<String> groups = containers.stream().map(MessageListenerContainer::getGroupId).sorted().toList();
        log.info("Rebuilding read models: stopping {}", groups);
        containers.forEach(MessageListenerContainer::stop);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("TRUNCATE " + String.join(", ", READ_MODELS)).update();
            for (String group : groups) {
                jdbc.sql("DELETE FROM processed_event WHERE consumer = ?").param(group).update();
            }
        });
        deleteGroups(admin(), groups);
        containers.forEach(MessageListenerContainer::start);
        log.info("Rebuilding read models: listeners restarted from the earliest offsets");
        return new Started(started, groups, READ_MODELS);
    }

    public Progress progress() {
        Map<String, Long> lag = new HashMap<>();
        AdminClient client = admin();
        try {
            for (MessageListenerContainer container : listeners.getListenerContainers()) {
                String group = container.getGroupId();
                Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (String topic : container.getContainerProperties().getTopics()) {
                    client.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                            .partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                }
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = client.listOffsets(latest).all()
                        .get(10, TimeUnit.SECONDS);
                long behind = 0;
                for (var end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    behind += end.getValue().offset() - (at == null ? 0 : at.offset());
                }
                lag.put(group, behind);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading consumer lag", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read consumer lag from Kafka", e);
        }
        long total = lag.values().stream().mapToLong(Long::longValue).sum();
        return new Progress(total == 0, total, new java.util.TreeMap<>(lag));
    }

    private synchronized AdminClient admin() {
        if (admin == null) {
            admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }

    /**
     * A stopped consumer leaves its group asynchronously; deleting the group fails while it is still a
     * member, so retry until the broker reports it empty.
     */
    private static void deleteGroups(AdminClient admin, List<String> groups) {
        long deadline = System.nanoTime() + GROUP_LEAVE_TIMEOUT.toNanos();
        List<String> remaining = new ArrayList<>(groups);
        while (!remaining.isEmpty()) {
            for (String group : List.copyOf(remaining)) {
                try {
                    admin.deleteConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS);
                    remaining.remove(group);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof GroupIdNotFoundException) {
                        remaining.remove(group);
                    } else if (!(e.getCause() instanceof GroupNotEmptyException)) {
                        throw new IllegalStateException("cannot reset consumer group " + group, e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while resetting consumer groups", e);
                } catch (TimeoutException e) {
                    throw new IllegalStateException("Kafka did not answer while resetting " + group, e);
                }
            }
            if (!remaining.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("consumer groups still have members: " + remaining);
                }
                try {
                    Thread.sleep(200); // the broker needs a moment to register that the stopped consumers left
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while resetting consumer groups", e);
                }
            }
        }
    }
}
