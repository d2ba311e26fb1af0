package io.certexam.grading.regrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.certexam.contracts.CloudEventHeaders;
import io.certexam.contracts.EventType;
import io.certexam.contracts.IntegrationEvent;
import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.AnswerKeyCorrected;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.OptionContent;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.ItemResponse;
import io.certexam.contracts.exam.Paper;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.PaperSection;
import io.certexam.contracts.exam.Response;
import io.certexam.embedded.token.DevTokenIssuer;
import io.certexam.grading.GradingServiceApplication;
import io.certexam.testsupport.BenchmarkPostgres;
import io.certexam.testsupport.BenchmarkRecord;
import io.certexam.testsupport.TestInfrastructure;

/**
 * A measuring harness, not a test: its name matches no surefire pattern, so {@code ./mvnw verify} never runs it.
 * One in-process grading-service on its own PostgreSQL (durable settings, fsync on, like ./run.sh) and the
 * embedded KRaft broker; N attempts of one 30-item single-choice exam arrive on exam.attempts.v1 as exam-service
 * would publish them, are graded through the real consumer; then one item's key is corrected on
 * bank.answer-keys.v1, and a second administrator applies the proposal over REST. Prints the times to grade
 * (until N revision-1 results are on grading.results.v1), to the proposal, and to apply (until N revision-2
 * results are on grading.results.v1).
 *
 * <pre>
 * ./mvnw -B -o -q -pl grading-service test -Dtest=RegradeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.attempts=20000 [-Dbench.app.some.spring.property=value …]
 * </pre>
 *
 * {@code bench.app.*} system properties are handed to the service (e.g. processor settings) so configurations can
 * be compared without editing code; {@code bench.fsync=false} uses the test suite's fsync-off PostgreSQL instead;
 * {@code bench.pgstat=true} adds each phase's most expensive statements (pg_stat_statements) to the report.
 * The figures go to stdout and to {@code target/regrade-benchmark.txt}.
 */
// runs like @ServiceIntegrationTest classes, without axon-test on the classpath, as the packaged service does
@Tag("service")
class RegradeBenchmark {

    private static final int ITEMS = 30;
    private static final String RESULT_TYPE = EventType.RESULT_PUBLISHED.cloudEventType();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient http = HttpClient.newHttpClient();
    private final BenchmarkRecord report = new BenchmarkRecord("regrade-benchmark.txt");

    @Test
    void regradeAtScale() throws Exception {
        int attempts = Integer.getInteger("bench.attempts", 20_000);
        BenchmarkPostgres postgres = BenchmarkPostgres.start("grading");
        String bootstrap = TestInfrastructure.bootstrapServers();
        DevTokenIssuer tokens = TestInfrastructure.tokens();

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl());
        properties.put("spring.datasource.username", postgres.user());
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", bootstrap);
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwksUri());
        properties.put("server.port", "0");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench.app."))
                .forEach(name -> properties.put(name.substring("bench.app.".length()), System.getProperty(name)));
        report.line("attempts %d, %d items each, PostgreSQL fsync %s, overrides %s", attempts, ITEMS, postgres.fsync(),
                properties.keySet().stream().filter(k -> !k.startsWith("spring.") && !k.equals("server.port"))
                        .map(k -> k + "=" + properties.get(k)).toList());

        // as command-line arguments: they outrank the platform defaults (builder properties would not)
        ConfigurableApplicationContext app = new SpringApplicationBuilder(GradingServiceApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        String run = UUID.randomUUID().toString().substring(0, 8);
        Exam exam = new Exam(run);
        ResultCounter results = new ResultCounter(bootstrap, "attempt-" + run + "-");
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            send(producer, exam.published());
            exam.keys().forEach(key -> send(producer, key));
            producer.flush();

            jdk.jfr.Recording profile = BenchmarkRecord.profile("grading");
            postgres.phaseStarts();
            long start = System.nanoTime();
            for (int i = 0; i < attempts; i++) {
                String attemptId = "attempt-" + run + "-" + i;
                send(producer, exam.started(attemptId, i));
                send(producer, exam.submitted(attemptId, i));
            }
            producer.flush();
            report.line("%d AttemptStarted + AttemptSubmitted on exam.attempts.v1 in %.1f s", attempts, seconds(start));
            results.awaitCount(1, attempts, start, "graded");
            BenchmarkRecord.stop(profile);
            report.line("grading: %d revision-1 results on grading.results.v1 %.1f s after the first submission (%.0f/s)",
                    attempts, seconds(start), attempts / seconds(start));
            postgres.reportPhase(report, 12);

            long corrected = System.nanoTime();
            send(producer, exam.correction());
            producer.flush();
            String regradeId = exam.shared + ":v1:k1";
            String admin = tokens.token("bench-admin", List.of("ADMIN"), null);
            while (get(base + "/api/regrades/" + regradeId, admin).statusCode() != 200) {
                Thread.sleep(100);
            }
            JsonNode proposal = JSON.readTree(get(base + "/api/regrades/" + regradeId, admin).body()).path("proposal");
            report.line("preview: proposal with %d attempts (%d score changes) %.1f s after the correction was sent",
                    proposal.path("attempts").asInt(), proposal.path("scoreChanges").asInt(), seconds(corrected));

            profile = BenchmarkRecord.profile("apply");
            postgres.phaseStarts();
            long applying = System.nanoTime();
            HttpResponse<String> apply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/regrades/" + regradeId
                            + "/apply")).header("Authorization", "Bearer " + admin)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            report.line("apply: %d %s", apply.statusCode(), apply.body().length() > 80 ? apply.body().substring(0, 80) : apply.body());
            double appliedAt = -1;
            while (results.count(2) < attempts) {
                Thread.sleep(1000);
                JsonNode now = JSON.readTree(get(base + "/api/regrades/" + regradeId, admin).body()).path("proposal");
                if (appliedAt < 0 && "APPLIED".equals(now.path("status").asText())) {
                    appliedAt = seconds(applying);
                }
                System.out.printf("  %5.1f s: %s, %d applied, %d revision-2 results published%n", seconds(applying),
                        now.path("status").asText(), now.path("appliedAttempts").asInt(), results.count(2));
                if (seconds(applying) > 1800) {
                    throw new IllegalStateException("not applied within 30 minutes");
                }
            }
            double published = seconds(applying);
            BenchmarkRecord.stop(profile);
            if (appliedAt < 0) {
                appliedAt = published;
            }
            report.line("apply: all %d attempts regraded (status APPLIED) %.1f s after the request; all %d revision-2 results "
                    + "on grading.results.v1 after %.1f s (%.0f/s)", attempts, appliedAt, attempts, published,
                    attempts / published);
            postgres.reportPhase(report, 12);
        } finally {
            results.close();
            report.save();
            app.close();
            postgres.close();
        }
    }

    private HttpResponse<String> get(String uri, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(config);
    }

    /** As a publisher would send it: CloudEvents binary mode, keyed by the subject. */
    private static void send(KafkaProducer<String, byte[]> producer, IntegrationEvent event) {
        EventType type = EventType.of(event);
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.subject(),
                    JSON.writeValueAsBytes(event));
            header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
            header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
            header(record, CloudEventHeaders.SOURCE, "/regrade-benchmark");
            header(record, CloudEventHeaders.TYPE, type.cloudEventType());
            header(record, CloudEventHeaders.SUBJECT, event.subject());
            header(record, CloudEventHeaders.TIME, Instant.now().toString());
            header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            producer.send(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }


    /** 30 single-choice items, one point each, pass at 60 %; item 1 (key A, corrected to B) is on every paper. */
    private static final class Exam {

        final String examId;
        final List<String> questions = new ArrayList<>();
        final String shared;

        Exam(String run) {
            examId = "exam-" + run;
            for (int i = 1; i <= ITEMS; i++) {
                questions.add("q-" + run + "-" + i);
            }
            shared = questions.get(0);
        }

        ExamPublished published() {
            List<ExamQuestion> content = questions.stream().map(q -> new ExamQuestion(q, 1, new QuestionContent(q,
                    "SINGLE_CHOICE", "Which option is right for " + q + "?", List.of("A", "B", "C", "D").stream()
                    .map(o -> new OptionContent(o, "Option " + o)).toList(), BigDecimal.ONE, null, null, null,
                    List.of("module:benchmark"), 2, "en", null))).toList();
            return new ExamPublished(ExamPublished.SCHEMA_VERSION, examId, 1, "Regrade benchmark", null, 60, null,
                    new BigDecimal("60"), 1, null, true, true, null, null, 12, List.of(), content, Instant.now());
        }

        List<AnswerKeyPublished> keys() {
            return questions.stream().map(q -> new AnswerKeyPublished(AnswerKeyPublished.SCHEMA_VERSION, q, 1,
                    key(q, q.equals(shared) ? "A" : "ABCD".substring(questions.indexOf(q) % 4, questions.indexOf(q) % 4 + 1)),
                    Instant.now())).toList();
        }

        AnswerKeyCorrected correction() {
            return new AnswerKeyCorrected(AnswerKeyCorrected.SCHEMA_VERSION, shared, 1, 1, key(shared, "A"),
                    key(shared, "B"), "B is the right answer", "bench-author", Instant.now());
        }

        private static AnswerKey key(String question, String option) {
            return new AnswerKey(question, "SINGLE_CHOICE", BigDecimal.ONE, null, List.of(option), null, null, null,
                    null);
        }

        AttemptStarted started(String attemptId, int n) {
            List<PaperItem> items = questions.stream().map(q -> new PaperItem(q, q, 1, "SINGLE_CHOICE", BigDecimal.ONE,
                    rotate(List.of("A", "B", "C", "D"), n + q.hashCode()), null)).toList();
            Instant started = Instant.now().minusSeconds(3000);
            return new AttemptStarted(AttemptStarted.SCHEMA_VERSION, attemptId, examId, 1, "cand-" + n,
                    "chain-bench/region-" + (n % 5) + "/store-" + (n % 50), 1, n, started, started.plusSeconds(3600),
                    new Paper(List.of(new PaperSection("Benchmark", items))));
        }

        /** Candidate n answers item i with option (n + i) mod 4: a quarter right on each item. */
        AttemptSubmitted submitted(String attemptId, int n) {
            List<ItemResponse> responses = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                responses.add(new ItemResponse(questions.get(i),
                        new Response(List.of("ABCD".substring((n + i) % 4, (n + i) % 4 + 1)), null, null)));
            }
            Instant started = Instant.now().minusSeconds(3000);
            return new AttemptSubmitted(AttemptSubmitted.SCHEMA_VERSION, attemptId, examId, 1, "cand-" + n,
                    "chain-bench/region-" + (n % 5) + "/store-" + (n % 50), false, started, Instant.now(), responses);
        }

        private static List<String> rotate(List<String> options, int by) {
            List<String> rotated = new ArrayList<>(options);
            java.util.Collections.rotate(rotated, Math.floorMod(by, options.size()));
            return rotated;
        }
    }

    /** Reads grading.results.v1 from the beginning in the background, counting distinct attempts per revision. */
    private static final class ResultCounter implements AutoCloseable {

        private final Map<Integer, Set<String>> byRevision = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        ResultCounter(String bootstrap, String attemptPrefix) {
            Map<String, Object> config = new HashMap<>();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "regrade-benchmark-" + UUID.randomUUID());
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
            thread = new Thread(() -> {
                try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
                    List<TopicPartition> partitions = consumer.partitionsFor(Topics.GRADING_RESULTS, Duration.ofSeconds(30))
                            .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                    while (running.get()) {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                            var type = record.headers().lastHeader(CloudEventHeaders.TYPE);
                            if (type == null || !RESULT_TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))
                                    || record.key() == null || !record.key().startsWith(attemptPrefix)) {
                                continue;
                            }
                            int revision = revisionOf(record.value());
                            byRevision.computeIfAbsent(revision, r -> ConcurrentHashMap.newKeySet()).add(record.key());
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "result-counter");
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * The top-level {@code revision} of a result, read with the streaming parser: a tree of every result's items
         * made this counter, which shares the cores with the service it measures, 6–9 % of the apply's CPU.
         */
        private static int revisionOf(byte[] result) throws IOException {
            try (JsonParser parser = JSON.getFactory().createParser(result)) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if ("revision".equals(field)) {
                        return parser.getIntValue();
                    }
                    parser.skipChildren();
                }
            }
            throw new IOException("a result without a revision");
        }

        int count(int revision) {
            return byRevision.getOrDefault(revision, Set.of()).size();
        }

        void awaitCount(int revision, int expected, long since, String what) throws InterruptedException {
            long lastPrint = System.nanoTime();
            while (count(revision) < expected) {
                Thread.sleep(200);
                if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                    System.out.printf("  %5.1f s: %d %s%n", seconds(since), count(revision), what);
                    lastPrint = System.nanoTime();
                }
                if (seconds(since) > 1800) {
                    throw new IllegalStateException("only " + count(revision) + " " + what + " after 30 minutes");
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(5000);
        }
    }
}
