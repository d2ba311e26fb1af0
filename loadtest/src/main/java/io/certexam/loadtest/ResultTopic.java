package io.certexam.loadtest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code grading.results.v1} from the beginning to its current end, without a consumer group (nothing is
 * committed, the services' groups are untouched): which of the run's attempts have a result event there, and when
 * the last one was appended (the broker's record timestamp, i.e. when the publisher sent it).
 */
final class ResultTopic {

    static final String TOPIC = "grading.results.v1";
    private static final String RESULT_TYPE = "exam.ResultPublished.v1";

    record Seen(int attempts, Instant last) {
    }

    static Seen read(String bootstrap, Set<String> attemptIds) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Set<String> seen = new HashSet<>();
            Instant last = null;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    Header type = record.headers().lastHeader("ce_type");
                    if (type == null || !RESULT_TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))
                            || !attemptIds.contains(record.key())) {
                        continue;
                    }
                    seen.add(record.key());
                    Instant at = Instant.ofEpochMilli(record.timestamp());
                    if (last == null || at.isAfter(last)) {
                        last = at;
                    }
                }
            }
            return new Seen(seen.size(), last);
        }
    }

    private ResultTopic() {
    }
}
