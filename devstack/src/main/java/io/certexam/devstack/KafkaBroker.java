package io.certexam.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft broker (broker and controller in one process) in its own JVM, started from the
 * {@code kafka_2.13} jars on this module's classpath: the same Kafka version the services' clients use, and no
 * download. Its storage is formatted once; the data survives restarts.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final ManagedProcess process;
    private final String bootstrapServers;

    private KafkaBroker(ManagedProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts the broker with its files under {@code workDirectory}: {@code kafka/} (configuration and data),
     * {@code logs/kafka.log} and {@code kafka.pid}; returns once it accepts clients.
     */
    public static KafkaBroker start(Path workDirectory, int port, int controllerPort, String classpath) {
        // A leftover broker would hold the data directory's lock, so it must go before formatting too.
        stopLeftover(workDirectory);
        Path dataDirectory = workDirectory.resolve("kafka").toAbsolutePath().resolve("data");
        Path configuration = configurationFile(workDirectory);
        writeConfiguration(configuration, dataDirectory, port, controllerPort);
        Ports.requireFree(port, "the Kafka broker", "set DEVSTACK_KAFKA_PORT to use another");
        Ports.requireFree(controllerPort, "the Kafka controller", "set DEVSTACK_KAFKA_CONTROLLER_PORT to use another");
        if (!Files.exists(dataDirectory.resolve("meta.properties"))) {
            format(configuration, classpath);
        }
        String bootstrapServers = "localhost:" + port;
        log.info("Starting Kafka broker on {} (controller on {})", bootstrapServers, controllerPort);
        List<String> command = List.of(ManagedProcess.javaExecutable(), "-Xms256m", "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=kafka-broker-logback.xml",
                "-cp", classpath, "kafka.Kafka", configuration.toString());
        ManagedProcess process = ManagedProcess.start("Kafka broker", command, Map.of(),
                workDirectory.resolve("logs").resolve("kafka.log"), pidFile(workDirectory));
        KafkaBroker broker = new KafkaBroker(process, bootstrapServers);
        try {
            broker.awaitReady();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    /** Stops a broker an earlier run under {@code workDirectory} left running (after a kill -9 of that run). */
    public static void stopLeftover(Path workDirectory) {
        new PidFile(pidFile(workDirectory)).stopLeftover("Kafka broker", configurationFile(workDirectory).toString(), STOP_GRACE);
    }

    private static Path pidFile(Path workDirectory) {
        return workDirectory.resolve("kafka.pid");
    }

    private static Path configurationFile(Path workDirectory) {
        return workDirectory.resolve("kafka").toAbsolutePath().resolve("server.properties");
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            log.info("Stopping Kafka broker");
        }
        if (!process.stop(STOP_GRACE)) {
            log.warn("Kafka broker did not stop within {} s and was killed", STOP_GRACE.toSeconds());
        }
    }

    private static void writeConfiguration(Path configuration, Path dataDirectory, int port, int controllerPort) {
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dataDirectory,
                "num.partitions=" + ServiceEnvironment.LOCAL_TOPIC_PARTITIONS,
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                // consumers of a freshly started stack should not wait 3 s for their first assignment
                "group.initial.rebalance.delay.ms=0",
                "");
        try {
            Files.createDirectories(dataDirectory);
            Files.writeString(configuration, properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + configuration, e);
        }
    }

    private static void format(Path configuration, String classpath) {
        String clusterId = Uuid.randomUuid().toString();
        log.info("Formatting Kafka storage (cluster id {})", clusterId);
        List<String> command = List.of(ManagedProcess.javaExecutable(), "-Xmx256m",
                "-Dlogback.configurationFile=kafka-broker-logback.xml", "-cp", classpath,
                "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", configuration.toString());
        try {
            Process format = new ProcessBuilder(command).redirectErrorStream(true).start();
            // the tool prints a line or two; reading before waiting keeps its pipe from filling
            String output = new String(format.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting Kafka storage failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kafka.tools.StorageTool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    /** Each describeCluster call waits (and retries connecting) up to its own timeout, so this loop does not spin. */
    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited with code " + process.exitValue()
                            + "; last lines of " + process.logFile() + ":\n" + process.logTail(30));
                }
                try {
                    admin.describeCluster().nodes().get();
                    log.info("Kafka broker ready on {}", bootstrapServers);
                    return;
                } catch (ExecutionException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka broker not ready after " + READY_TIMEOUT.toSeconds()
                                + " s; last lines of " + process.logFile() + ":\n" + process.logTail(30), e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                }
            }
        }
    }
}
