package io.certexam.reporting.rebuild;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import io.certexam.contracts.Topics;
import io.certexam.reporting.ReportingServiceApplication;
import io.certexam.testsupport.BenchmarkPostgres;
import io.certexam.testsupport.BenchmarkRecord;
import io.certexam.testsupport.TestInfrastructure;

/**
 * A measuring harness, not a test: its name matches no surefire pattern, so {@code ./mvnw verify} never runs it.
 * One in-process reporting-service on its own PostgreSQL (durable settings, fsync on, like ./run.sh) and the
 * embedded KRaft broker. {@link SyntheticExamDay} writes N events onto the topics; the service applies them
 * (the initial catch-up), a fingerprint of every read model is taken, then a rebuild is started and progress
 * polled every 0.5 s until caught up, as loadtest/rebuild.sh does against the stack. Prints events/s of both
 * and whether the rebuilt read models are identical.
 *
 * <pre>
 * ./mvnw -B -o -q -pl reporting-service test -Dtest=RebuildBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.events=200000 [-Dbench.jfr=DIR] [-Dbench.pgstat=true] [-Dbench.app.some.spring.property=value …]
 * </pre>
 *
 * The figures go to stdout and to {@code target/rebuild-benchmark.txt}. With {@code -Dbench.jfr}, also pass
 * {@code "-Dbench.jvm.args=-XX:StartFlightRecording:settings=profile,maxage=2m"} (see {@code BenchmarkRecord.profile}).
 * The JVM is a minute old when it rebuilds, so the figures include the JIT's compiling (docs/benchmarks.md).
 */
// runs like @ServiceIntegrationTest classes, without axon-test on the classpath, as the packaged service does
@Tag("service")
class RebuildBenchmark {

    private final BenchmarkRecord report = new BenchmarkRecord("rebuild-benchmark.txt");

    @Test
    void rebuildAtScale() throws Exception {
        int events = Integer.getInteger("bench.events", 200_000);
        BenchmarkPostgres postgres = BenchmarkPostgres.start("reporting");
        String bootstrap = TestInfrastructure.bootstrapServers();

        createTopicsAsTheServicesDo(bootstrap);
        long producing = System.nanoTime();
        long sent = new SyntheticExamDay(UUID.randomUUID().toString().substring(0, 8)).send(bootstrap, events);
        report.line("%d synthetic events on the topics in %.1f s; PostgreSQL fsync %s, overrides %s", sent, seconds(producing),
                postgres.fsync(), overrides());

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl());
        properties.put("spring.datasource.username", postgres.user());
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", bootstrap);
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestInfrastructure.tokens().jwksUri());
        properties.put("server.port", "0");
        properties.putAll(overrides());
        long starting = System.nanoTime();
        // as command-line arguments: they outrank the platform defaults (builder properties would not)
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ReportingServiceApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        try {
            ReadModelRebuild rebuild = app.getBean(ReadModelRebuild.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long records = ConsumedRecords.count(bootstrap);
            double caughtUp = awaitCaughtUp(rebuild, starting);
            report.line("initial catch-up: %d records in %.1f s from application start (%.0f events/s)", records, caughtUp,
                    records / caughtUp);
            Map<String, String> before = fingerprint(jdbc);

            jdk.jfr.Recording profile = BenchmarkRecord.profile("rebuild");
            postgres.phaseStarts();
            long rebuilding = System.nanoTime();
            rebuild.rebuild();
            double rebuilt = awaitCaughtUp(rebuild, rebuilding);
            BenchmarkRecord.stop(profile);
            report.line("rebuild: %d records re-read in %.1f s (%.0f events/s)", records, rebuilt, records / rebuilt);
            consumerFigures(app.getBean(KafkaListenerEndpointRegistry.class));
            postgres.reportPhase(report, 15);
            Map<String, String> after = fingerprint(jdbc);
            report.line("read models after the rebuild %s: %s", before.equals(after) ? "IDENTICAL" : "DIFFERENT", after);
            if (!before.equals(after)) {
                report.line("before: %s", before);
            }
        } finally {
            report.save();
            app.close();
            postgres.close();
        }
    }

    /**
     * The events are sent before the service starts; left to auto-creation the topics would get the test broker's one
     * partition, and one consumer thread would do all the work.
     */
    private static void createTopicsAsTheServicesDo(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(Topics.ALL.stream().map(topic -> new NewTopic(topic, 6, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Per consumer of the rebuild: how long its thread spent between polls (applying a batch) and how much of the
     * time it waited inside poll for records — which tells a database-bound consumer from a starved one.
     */
    private void consumerFigures(KafkaListenerEndpointRegistry listeners) {
        Set<String> wanted = Set.of("records-per-request-avg", "time-between-poll-avg", "poll-idle-ratio-avg",
                "commit-latency-avg");
        listeners.getListenerContainers().forEach(container -> container.metrics().forEach((client, metrics) -> {
            Map<String, Object> figures = new TreeMap<>();
            metrics.forEach((name, metric) -> {
                if (wanted.contains(name.name()) && !name.tags().containsKey("topic")) {
                    figures.put(name.name(), String.format("%.2f", ((Number) metric.metricValue()).doubleValue()));
                }
            });
            report.line("  consumer %s: %s", client, figures);
        }));
    }

    private static Map<String, Object> overrides() {
        Map<String, Object> overrides = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench.app.")).sorted()
                .forEach(name -> overrides.put(name.substring("bench.app.".length()), System.getProperty(name)));
        return overrides;
    }

    /** Polls every 0.5 s, like loadtest/rebuild.sh; returns the seconds since {@code since}. */
    private static double awaitCaughtUp(ReadModelRebuild rebuild, long since) throws InterruptedException {
        long lastPrint = System.nanoTime();
        while (true) {
            ReadModelRebuild.Progress progress = rebuild.progress();
            if (progress.caughtUp()) {
                return seconds(since);
            }
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                System.out.printf("  %5.1f s: %d behind %s%n", seconds(since), progress.lag(), progress.lagByConsumer());
                lastPrint = System.nanoTime();
            }
            if (seconds(since) > 3600) {
                throw new IllegalStateException("not caught up within an hour: " + progress);
            }
            Thread.sleep(500);
        }
    }

    /** Rows and an md5 over the text of every row, per read model table. */
    private static Map<String, String> fingerprint(JdbcClient jdbc) {
        Map<String, String> fingerprint = new LinkedHashMap<>();
        for (String table : ReadModelRebuild.READ_MODELS) {
            fingerprint.put(table, jdbc.sql("SELECT count(*) || ' rows ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM "
                    + table + " t").query(String.class).single());
        }
        return fingerprint;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

}
