package io.certexam.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a benchmark's database time goes, with {@code -Dbench.pgstat=true}: the server is started with
 * pg_stat_statements (zonky's binaries ship it), the counters are reset when a phase starts, and the phase's
 * statements with the most execution time are reported when it ends. A profile of the JVM alone hides the half
 * of a co-located machine that PostgreSQL uses.
 */
public final class PostgresStatements {

    private final String url;
    private final String user;

    private PostgresStatements(String url, String user) {
        this.url = url;
        this.user = user;
    }

    public static boolean enabled() {
        return Boolean.getBoolean("bench.pgstat");
    }

    /** The server settings plus what pg_stat_statements needs, when enabled. */
    public static Map<String, String> withStatistics(Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        if (enabled()) {
            all.put("shared_preload_libraries", "pg_stat_statements");
            all.put("pg_stat_statements.track", "all");
        }
        return all;
    }

    /** Counts from now on, or null when not enabled. */
    public static PostgresStatements start(String url, String user) throws SQLException {
        if (!enabled()) {
            return null;
        }
        PostgresStatements statements = new PostgresStatements(url, user);
        statements.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", "SELECT pg_stat_statements_reset()",
                "SELECT pg_stat_reset_shared('wal')", "SELECT pg_stat_reset_shared('bgwriter')");
        return statements;
    }

    /** The {@code limit} statements with the most execution time since {@link #start}. */
    public static void report(PostgresStatements statements, BenchmarkRecord record, int limit) throws SQLException {
        if (statements == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(statements.url, statements.user, "");
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("""
                     SELECT calls, round(total_exec_time) AS ms, round(mean_exec_time::numeric, 3) AS mean_ms, rows,
                            regexp_replace(left(query, 110), '\\s+', ' ', 'g') AS query
                     FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT\s""" + limit)) {
            record.line("  PostgreSQL WAL and checkpoints: %s", statements.walAndCheckpoints(connection));
            record.line("  PostgreSQL statements by execution time (pg_stat_statements):");
            record.line("  %9s %9s %9s %10s  %s", "calls", "total ms", "mean ms", "rows", "query");
            while (rows.next()) {
                record.line("  %9d %9d %9s %10d  %s", rows.getLong("calls"), rows.getLong("ms"),
                        rows.getBigDecimal("mean_ms"), rows.getLong("rows"), rows.getString("query"));
            }
        }
    }

    /** Full-page images are what random-key index inserts cost after each checkpoint. */
    private String walAndCheckpoints(Connection connection) throws SQLException {
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

    private void execute(String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
