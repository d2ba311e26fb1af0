package io.certexam.reporting.rebuild;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import io.certexam.contracts.Topics;

/**
 * How many records a rebuild re-reads: the end offsets of every topic reporting-service consumes (the topics
 * are kept forever and never compacted, so that is every record ever written). Used by {@link RebuildBenchmark}
 * and by {@code loadtest/rebuild.sh}: {@code java -cp … io.certexam.reporting.rebuild.ConsumedRecords BOOTSTRAP}.
 */
public final class ConsumedRecords {

    static final List<String> TOPICS = List.of(Topics.BANK_EXAMS, Topics.BANK_ANSWER_KEYS, Topics.EXAM_ATTEMPTS,
            Topics.GRADING_RESULTS);

    private ConsumedRecords() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(count(args[0]));
    }

    static long count(String bootstrap) throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var topic : admin.describeTopics(TOPICS).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).sum();
        }
    }
}
