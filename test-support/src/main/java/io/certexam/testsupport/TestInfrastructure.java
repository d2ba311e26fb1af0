package io.certexam.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.certexam.embedded.postgres.EmbeddedPostgres;
import io.certexam.embedded.token.DevTokenIssuer;

/**
 * One real PostgreSQL, one KRaft broker and one token issuer per test JVM, started on first use and
 * shared by every test class (so Spring's context cache and a single start-up keep the suite fast).
 */
public final class TestInfrastructure {

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;
    private static DevTokenIssuer tokens;

    private TestInfrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                Path data = Files.createTempDirectory("certexam-test-pg");
                postgres = EmbeddedPostgres.start(data, freePort(), EmbeddedPostgres.testSettings());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-test-postgres"));
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaKraftBroker kafka() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 1);
            kafka.afterPropertiesSet();
            EmbeddedKafkaKraftBroker started = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "stop-test-kafka"));
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

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
