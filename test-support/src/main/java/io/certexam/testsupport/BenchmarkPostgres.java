package io.certexam.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.certexam.embedded.postgres.EmbeddedPostgres;

/**
 * The PostgreSQL of a benchmark harness: its own cluster with one database, durable like {@code ./run.sh}
 * ({@code -Dbench.fsync=false}: the test suite's fsync-off settings). With {@code -Dbench.pgstat=true} it also
 * says where a phase's database time went: started with pg_stat_statements (zonky's binaries ship it), counters
 * reset by {@link #phaseStarts()}, the most expensive statements, WAL and checkpoints reported by
 * {@link #reportPhase}. A profile of the JVM alone hides the half of a co-located machine that PostgreSQL uses.
 * With {@code -Dbench.pgexplain=MS}, auto_explain writes the plan of every statement slower than MS milliseconds
 * to the cluster's {@code server.log} (its path is printed when the cluster starts), to see why one is slow.
 */
public final class BenchmarkPostgres implements AutoCloseable {

    private static final boolean DURABLE = Boolean.parseBoolean(System.getProperty("bench.fsync", "true"));
    private static final boolean STATISTICS = Boolean.getBoolean("bench.pgstat");
    private static final String EXPLAIN_SLOWER_THAN_MS = System.getProperty("bench.pgexplain");

    private final EmbeddedPostgres server;
    private final String database;

    private BenchmarkPostgres(EmbeddedPostgres server, String database) {
        this.server = server;
        this.database = database;
    }

    public static BenchmarkPostgres start(String database) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>(
                DURABLE ? EmbeddedPostgres.durableSettings() : EmbeddedPostgres.testSettings());
        List<String> libraries = new ArrayList<>();
        if (STATISTICS) {
            libraries.add("pg_stat_statements");
            settings.put("pg_stat_statements.track", "all");
        }
        if (EXPLAIN_SLOWER_THAN_MS != null) {
            libraries.add("auto_explain");
            settings.put("auto_explain.log_min_duration", EXPLAIN_SLOWER_THAN_MS + "ms");
        }
        if (!libraries.isEmpty()) {
            settings.put("shared_preload_libraries", String.join(",", libraries));
        }
        Path dataDirectory = Files.createTempDirectory(database + "-bench-pg");
        EmbeddedPostgres server = EmbeddedPostgres.start(dataDirectory, TestInfrastructure.freePort(), settings);
        server.createDatabaseIfMissing(database);
        if (EXPLAIN_SLOWER_THAN_MS != null) {
            System.out.printf("plans of statements slower than %s ms: %s%n", EXPLAIN_SLOWER_THAN_MS,
                    dataDirectory.resolve("server.log"));
        }
        return new BenchmarkPostgres(server, database);
    }

    public String jdbcUrl() {
        return server.jdbcUrl(database);
    }

    public String user() {
        return EmbeddedPostgres.SUPERUSER;
    }

    /** For the report's first line. */
    public String fsync() {
        return DURABLE ? "on" : "off";
    }

    /** Counts from now on (with {@code -Dbench.pgstat=true}). */
    public void phaseStarts() throws SQLException {
        if (!STATISTICS) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : new String[] {"CREATE EXTENSION IF NOT EXISTS pg_stat_statements",
                    "SELECT pg_stat_statements_reset()", "SELECT pg_stat_reset_shared('wal')",
                    "SELECT pg_stat_reset_shared('bgwriter')"}) {
                statement.execute(sql);
            }
        }
    }

    /** The phase's WAL and checkpoints and its {@code limit} statements with the most execution time. */
    public void reportPhase(BenchmarkRecord record, int limit) throws SQLException {
        if (!STATISTICS) {
            return;
        }
        try (Connection connection = connect();
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("""
                     SELECT calls, round(total_exec_time) AS ms, round(mean_exec_time::numeric, 3) AS mean_ms, rows,
                            regexp_replace(left(query, 110), '\\s+', ' ', 'g') AS query
                     FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT\s""" + limit)) {
            record.line("  PostgreSQL WAL and checkpoints: %s", walAndCheckpoints(connection));
            record.line("  PostgreSQL statements by execution time (pg_stat_statements):");
            record.line("  %9s %9s %9s %10s  %s", "calls", "total ms", "mean ms", "rows", "query");
            while (rows.next()) {
                record.line("  %9d %9d %9s %10d  %s", rows.getLong("calls"), rows.getLong("ms"),
                        rows.getBigDecimal("mean_ms"), rows.getLong("rows"), rows.getString("query"));
            }
        }
    }

    /** Full-page images are what random-key index inserts cost after each checkpoint. */
    private static String walAndCheckpoints(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("""
                     SELECT w.wal_records, w.wal_fpi, pg_size_pretty(w.wal_bytes) AS wal, w.wal_sync,
                            b.checkpoints_timed, b.checkpoints_req
                     FROM pg_stat_wal w, pg_stat_bgwriter b""")) {
            row.next();
            return String.format("%d records, %d full-page images, %s, %d syncs; checkpoints %d timed, %d requested",
                    row.getLong("wal_records"), row.getLong("wal_fpi"), row.getString("wal"), row.getLong("wal_sync"),
                    row.getLong("checkpoints_timed"), row.getLong("checkpoints_req"));
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), "");
    }

    @Override
    public void close() {
        server.close();
    }
}
