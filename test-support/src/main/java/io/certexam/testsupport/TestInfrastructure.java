package io.certexam.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.FileSystemUtils;

import io.certexam.embedded.postgres.EmbeddedPostgres;
import io.certexam.embedded.token.DevTokenIssuer;

/**
 * One real PostgreSQL, one KRaft broker and one token issuer per test JVM, started on first use and
 * shared by every test class (so Spring's context cache and a single start-up keep the suite fast).
 * They stop when the JVM exits, after Spring has closed the cached application contexts: stopped alongside
 * them, the database left the services' processors waiting for connections until Surefire killed the JVM.
 */
public final class TestInfrastructure {

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;
    private static DevTokenIssuer tokens;

    private TestInfrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            Path data;
            try {
                data = Files.createTempDirectory("certexam-test-pg");
                postgres = EmbeddedPostgres.start(data, freePort(), EmbeddedPostgres.testSettings());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            SpringApplication.getShutdownHandlers().add(() -> {
                started.close();
                deleteQuietly(data); // a throw-away cluster of about 50 MB per test JVM
            });
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaKraftBroker kafka() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 1);
            kafka.afterPropertiesSet();
            SpringApplication.getShutdownHandlers().add(kafka::destroy);
        }
        return kafka;
    }

    public static synchronized DevTokenIssuer tokens() {
        if (tokens == null) {
            tokens = DevTokenIssuer.withNewKey().serve(0);
        }
        return tokens;
    }

    public static String bootstrapServers() {
        return kafka().getBrokersAsString();
    }

    private static void deleteQuietly(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            // left in the temporary directory: nothing depends on its removal
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
