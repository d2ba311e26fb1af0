package io.certexam.reporting.rebuild;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.IntegrationEvent;
import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.ExamRetired;
import io.certexam.contracts.bank.ExamSection;
import io.certexam.contracts.bank.OptionContent;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.contracts.bank.QuestionRef;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.ItemResponse;
import io.certexam.contracts.exam.Paper;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.PaperSection;
import io.certexam.contracts.exam.Response;
import io.certexam.contracts.exam.ResponseSaved;
import io.certexam.contracts.grading.ItemScore;
import io.certexam.contracts.grading.ResultPublished;
import io.certexam.contracts.grading.SectionScore;
import io.certexam.contracts.grading.TagScore;

/**
 * The fast path to a large reporting input: synthetic but valid integration events written straight onto the
 * topics, as the other services would publish them (CloudEvents binary mode, keyed by subject). One exam of
 * {@value #ITEMS} single-choice items, then per attempt an AttemptStarted, one ResponseSaved per item, an
 * AttemptSubmitted and a revision-1 ResultPublished (a third of the candidates fail), and at the end an
 * ExamRetired so no real candidate can start the synthetic exam.
 * <p>
 * No answer keys are published: on a running stack grading-service registers the synthetic attempts and waits
 * for keys that never come, instead of grading them and publishing results that would compete with these.
 * <p>
 * Used by {@link RebuildBenchmark} and by {@code loadtest/rebuild.sh}:
 * <pre>java -cp … io.certexam.reporting.rebuild.SyntheticExamDay BOOTSTRAP EVENTS [await-consumers]</pre>
 */
public final class SyntheticExamDay {

    static final int ITEMS = 30;
    /** AttemptStarted, the saves, AttemptSubmitted, ResultPublished. */
    static final int EVENTS_PER_ATTEMPT = ITEMS + 3;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final List<String> OPTIONS = List.of("A", "B", "C", "D");
    private static final Instant BASE = Instant.parse("2026-01-05T08:00:00Z");

    private final String run;
    private final String examId;
    private final List<String> questions = new ArrayList<>();

    SyntheticExamDay(String run) {
        this.run = run;
        this.examId = "synthetic-exam-" + run;
        for (int i = 1; i <= ITEMS; i++) {
            questions.add("synthetic-q-" + run + "-" + i);
        }
    }

    String examId() {
        return examId;
    }

    String attemptId(int n) {
        return "synthetic-attempt-" + run + "-" + n;
    }

    String candidateId(int n) {
        return "synthetic-cand-" + run + "-" + n;
    }

    /** The org path prefix shared by every candidate of this run. */
    String chain() {
        return "synthetic-" + run;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SyntheticExamDay BOOTSTRAP EVENTS [await-consumers]");
            System.exit(2);
        }
        String bootstrap = args[0];
        int events = Integer.parseInt(args[1]);
        SyntheticExamDay day = new SyntheticExamDay(UUID.randomUUID().toString().substring(0, 8));
        long started = System.nanoTime();
        long sent = day.send(bootstrap, events);
        System.out.printf("sent %d synthetic events (exam %s) in %.1f s%n", sent, day.examId,
                (System.nanoTime() - started) / 1e9);
        if (args.length > 2 && args[2].equals("await-consumers")) {
            awaitConsumers(bootstrap, Duration.ofMinutes(30));
        }
    }

    /** Sends at least {@code events} events (whole attempts); returns how many were sent. */
    long send(String bootstrap, int events) {
        int attempts = Math.max(1, (events - 2 + EVENTS_PER_ATTEMPT - 1) / EVENTS_PER_ATTEMPT);
        long sent = 0;
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            sent += send(producer, published());
            for (int n = 0; n < attempts; n++) {
                sent += sendAttempt(producer, n);
            }
            sent += send(producer, new ExamRetired(ExamRetired.SCHEMA_VERSION, examId, 1, BASE.plusSeconds(86_400)));
            producer.flush();
        }
        return sent;
    }

    private long sendAttempt(KafkaProducer<String, byte[]> producer, int n) {
        String attemptId = attemptId(n);
        String candidateId = candidateId(n);
        String orgPath = chain() + "/region-" + (n % 5) + "/store-" + (n % 50);
        Instant startedAt = BASE.plusSeconds(n);
        List<PaperItem> items = questions.stream().map(q -> new PaperItem(q, q, 1, "SINGLE_CHOICE", BigDecimal.ONE,
                rotate(n + q.hashCode()), List.of())).toList();
        send(producer, new AttemptStarted(AttemptStarted.SCHEMA_VERSION, attemptId, examId, 1, candidateId, orgPath, 1,
                n, startedAt, startedAt.plusSeconds(3600), new Paper(List.of(new PaperSection("Synthetic", items)))));
        List<ItemResponse> responses = new ArrayList<>();
        List<ItemScore> scores = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < ITEMS; i++) {
            String option = answer(n, i);
            Response response = new Response(List.of(option), null, null);
            send(producer, new ResponseSaved(ResponseSaved.SCHEMA_VERSION, attemptId, candidateId, questions.get(i),
                    response, i + 1, startedAt.plusSeconds(60L * (i + 1))));
            responses.add(new ItemResponse(questions.get(i), response));
            BigDecimal score = option.equals("A") ? BigDecimal.ONE : BigDecimal.ZERO;
            correct += score.intValue();
            scores.add(new ItemScore(questions.get(i), questions.get(i), 1, 0, score, BigDecimal.ONE, false, List.of()));
        }
        Instant submittedAt = startedAt.plusSeconds(60L * (ITEMS + 1));
        send(producer, new AttemptSubmitted(AttemptSubmitted.SCHEMA_VERSION, attemptId, examId, 1, candidateId, orgPath,
                false, startedAt, submittedAt, responses));
        BigDecimal points = BigDecimal.valueOf(correct);
        BigDecimal max = BigDecimal.valueOf(ITEMS);
        BigDecimal percent = points.multiply(BigDecimal.valueOf(100)).divide(max, 2, java.math.RoundingMode.HALF_UP);
        send(producer, new ResultPublished(ResultPublished.SCHEMA_VERSION, attemptId, examId, 1, candidateId, orgPath, 1,
                "FINAL", points, max, percent, percent.compareTo(BigDecimal.valueOf(60)) >= 0, scores,
                List.of(new SectionScore("Synthetic", points, max)), List.of(new TagScore("topic:synthetic", points, max)),
                "first grading", "grading-service", submittedAt, submittedAt.plusSeconds(2)));
        return EVENTS_PER_ATTEMPT;
    }

    /** Option A is right: every third candidate gets half the items wrong and fails, the others score 80 %. */
    private static String answer(int n, int i) {
        boolean weak = n % 3 == 1;
        boolean wrong = weak ? i % 2 == 0 : (n + i) % 5 == 0;
        return wrong ? OPTIONS.get(1 + (n + i) % 3) : "A";
    }

    private ExamPublished published() {
        List<ExamQuestion> content = questions.stream().map(q -> new ExamQuestion(q, 1, new QuestionContent(q,
                "SINGLE_CHOICE", "Synthetic question " + q + "?", OPTIONS.stream()
                .map(o -> new OptionContent(o, "Option " + o)).toList(), BigDecimal.ONE, null, null, null,
                List.of("topic:synthetic"), 2, "en", null))).toList();
        List<QuestionRef> refs = questions.stream().map(q -> new QuestionRef(q, 1)).toList();
        return new ExamPublished(ExamPublished.SCHEMA_VERSION, examId, 1, "Synthetic rebuild benchmark exam " + run,
                null, 60, null, new BigDecimal("60"), 1, null, false, false, null, null, 12,
                List.of(new ExamSection("Synthetic", refs, null, null)), content, BASE.minusSeconds(86_400));
    }

    private static List<String> rotate(int by) {
        List<String> rotated = new ArrayList<>(OPTIONS);
        java.util.Collections.rotate(rotated, Math.floorMod(by, OPTIONS.size()));
        return rotated;
    }

    private static int send(KafkaProducer<String, byte[]> producer, IntegrationEvent event) {
        EventType type = EventType.of(event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.subject(), toJson(event));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.SOURCE, "/synthetic-exam-day");
        header(record, CloudEventHeaders.TYPE, type.cloudEventType());
        header(record, CloudEventHeaders.SUBJECT, event.subject());
        header(record, CloudEventHeaders.TIME, BASE.toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        producer.send(record, (metadata, e) -> {
            if (e != null) {
                throw new IllegalStateException("not acknowledged: " + type, e);
            }
        });
        return 1;
    }

    private static byte[] toJson(IntegrationEvent event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(config);
    }

    /**
     * Waits until every consumer group reading the written topics has caught up (grading-service registers the
     * attempts, reporting applies them), so a rebuild measured next has the machine to itself.
     */
    static void awaitConsumers(String bootstrap, Duration timeout) throws Exception {
        Set<String> topics = Set.of(Topics.BANK_EXAMS, Topics.EXAM_ATTEMPTS, Topics.GRADING_RESULTS);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (true) {
                long lag = 0;
                Map<String, Long> byGroup = new java.util.TreeMap<>();
                List<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                        .map(ConsumerGroupListing::groupId).collect(Collectors.toList());
                for (String group : groups) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                    Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                    committed.keySet().stream().filter(tp -> topics.contains(tp.topic()))
                            .forEach(tp -> ends.put(tp, OffsetSpec.latest()));
                    if (ends.isEmpty()) {
                        continue;
                    }
                    long behind = 0;
                    for (var end : admin.listOffsets(ends).all().get(10, TimeUnit.SECONDS).entrySet()) {
                        OffsetAndMetadata at = committed.get(end.getKey());
                        behind += end.getValue().offset() - (at == null ? 0 : at.offset());
                    }
                    byGroup.put(group, behind);
                    lag += behind;
                }
                if (lag == 0) {
                    System.out.println("every consumer group has caught up: " + byGroup.keySet());
                    return;
                }
                System.out.println("waiting for consumers to catch up: " + byGroup);
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("consumers still behind after " + timeout + ": " + byGroup);
                }
                Thread.sleep(2000);
            }
        }
    }
}
