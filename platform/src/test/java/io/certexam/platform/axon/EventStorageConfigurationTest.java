package io.certexam.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import io.certexam.embedded.postgres.EmbeddedPostgres;

/**
 * An aggregate's stream is read whole, across batch boundaries, and a stream shorter than a batch takes one query.
 * On the platform's own event store schema (Flyway, db/platform) in a real PostgreSQL.
 */
class EventStorageConfigurationTest {

    static Path data;
    static EmbeddedPostgres postgres;
    static DriverManagerDataSource dataSource;

    final AtomicInteger streamQueries = new AtomicInteger();

    @BeforeAll
    static void startPostgres() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        data = Files.createTempDirectory("certexam-test-pg");
        postgres = EmbeddedPostgres.start(data, port, EmbeddedPostgres.testSettings());
        postgres.createDatabaseIfMissing("event_streams");
        dataSource = new DriverManagerDataSource(postgres.jdbcUrl("event_streams"), EmbeddedPostgres.SUPERUSER, "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
        FileSystemUtils.deleteRecursively(data);
    }

    @ParameterizedTest(name = "{0} events")
    @ValueSource(ints = {1, 3, 99, 100, 101, 250})
    void aStreamIsReadWholeAndOneShortBatchEndsIt(int events) {
        JdbcEventStorageEngine engine = EventStorageConfiguration
                .engine(countingStreamQueries(), NoTransactionManager.INSTANCE, new EventSchema())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .build();
        String aggregate = "stream-of-" + events + "-" + System.nanoTime();
        engine.appendEvents(IntStream.range(0, events).<DomainEventMessage<?>>mapToObj(
                sequence -> new GenericDomainEventMessage<>("Attempt", aggregate, sequence, "event " + sequence))
                .toList());

        List<Long> read = new ArrayList<>();
        engine.readEvents(aggregate).asStream().forEach(event -> read.add(event.getSequenceNumber()));

        assertThat(read).containsExactlyElementsOf(sequences(events));
        // full batches of 100, then the short (possibly empty) one that ends the stream
        assertThat(streamQueries).hasValue(events / EventStorageConfiguration.BATCH_SIZE + 1);
    }

    private static List<Long> sequences(int events) {
        return IntStream.range(0, events).mapToObj(Long::valueOf).toList();
    }

    /** Counts the queries that read an aggregate's events by sequence number. */
    private ConnectionProvider countingStreamQueries() {
        return () -> {
            Connection connection = dataSource.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") && args[0] instanceof String sql
                                && sql.startsWith("SELECT") && sql.contains("sequenceNumber >= ?")) {
                            streamQueries.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
    }
}
