package io.certexam.embedded.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from zonky's binaries, started with {@code pg_ctl}.
 *
 * <p>Written instead of using zonky's own launcher because PostgreSQL refuses to run as root, and
 * CI runs as root: here the server processes then run inside a user namespace in which the
 * calling user is mapped to {@code nobody}, so PostgreSQL sees an unprivileged owner while the
 * files stay owned by the caller outside.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    public static final String SUPERUSER = "postgres";

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private volatile boolean running;

    private EmbeddedPostgres(Path binaries, Path dataDirectory, int port) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /**
     * Starts a server on {@code port}, initialising {@code dataDirectory} if it holds no cluster yet
     * (an existing cluster is reused, so data survives restarts).
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port, Map<String, String> serverSettings) {
        Path binaries = PostgresBinaries.extract();
        EmbeddedPostgres postgres = new EmbeddedPostgres(binaries, dataDirectory.toAbsolutePath(), port);
        postgres.initialiseIfNeeded();
        postgres.startServer(serverSettings);
        return postgres;
    }

    /** Settings for throw-away test clusters: durability traded for speed. */
    public static Map<String, String> testSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fsync", "off");
        settings.put("synchronous_commit", "off");
        settings.put("full_page_writes", "off");
        settings.put("max_connections", "400");
        return settings;
    }

    /** Settings for the local stack: durable, roomy enough for four services. */
    public static Map<String, String> durableSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("max_connections", "400");
        settings.put("shared_buffers", "256MB");
        return settings;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void createDatabaseIfMissing(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    private void initialiseIfNeeded() {
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            return;
        }
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + dataDirectory, e);
        }
        run(List.of(bin("initdb"), "-A", "trust", "-U", SUPERUSER, "-D", dataDirectory.toString(),
                "-E", "UTF8", "--no-locale"), 120);
    }

    private void startServer(Map<String, String> serverSettings) {
        // A crashed earlier run may have left its server up on this data directory: stop it first.
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            runQuietly(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w", "-t", "30"));
        }
        StringBuilder options = new StringBuilder("-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=''");
        serverSettings.forEach((key, value) -> options.append(" -c ").append(key).append('=').append(value));
        run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-o", options.toString(),
                "-l", dataDirectory.resolve("server.log").toString(), "-w", "-t", "120", "start"), 150);
        running = true;
        log.info("PostgreSQL up on port {} with data in {}", port, dataDirectory);
    }

    /** Stops the server with a fast shutdown (open transactions roll back, committed data stays). */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w", "-t", "60"), 90);
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>(UnprivilegedExecution.prefix());
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            // pg_ctl's output is small; reading it before waiting keeps its pipe from filling.
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("failed (" + process.exitValue() + "): " + String.join(" ", command)
                        + "\n" + output + serverLogTail());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    private void runQuietly(List<String> command) {
        try {
            run(command, 60);
        } catch (IllegalStateException e) {
            log.debug("ignored: {}", e.getMessage());
        }
    }

    private String serverLogTail() {
        Path serverLog = dataDirectory.resolve("server.log");
        try {
            if (Files.exists(serverLog)) {
                List<String> lines = Files.readAllLines(serverLog);
                return "\n--- server.log ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
            }
        } catch (IOException ignored) {
            // the log is only a diagnostic aid
        }
        return "";
    }
}
