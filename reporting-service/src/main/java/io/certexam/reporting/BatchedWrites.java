package io.certexam.reporting;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes of one consumer batch, sent as one JDBC batch per statement (which the driver, with
 * {@code reWriteBatchedInserts}, turns into multi-row inserts) instead of one round trip per row.
 * <p>
 * Statements are flushed in the order each was first queued, rows of one statement in the order queued. That
 * reorders writes of <em>different</em> statements, so only queue statements whose effects commute per row (the
 * read models' upserts are written that way: status never moves back, first copies win, maxima only grow).
 * An upsert that updates on conflict names its conflict key: PostgreSQL rejects a multi-row upsert that touches
 * one row twice, so a key queued again starts a new JDBC batch, sent after the previous one.
 */
public final class BatchedWrites {

    private final Map<String, Statement> statements = new LinkedHashMap<>();

    /** Queues an insert whose conflicts are ignored ({@code ON CONFLICT DO NOTHING}). */
    public void insert(String sql, Object... params) {
        statement(sql).add(null, params);
    }

    /** Queues an upsert that updates the row identified by {@code conflictKey} on conflict. */
    public void upsert(String sql, Object conflictKey, Object... params) {
        statement(sql).add(conflictKey, params);
    }

    public void flush(JdbcTemplate jdbc) {
        for (Map.Entry<String, Statement> statement : statements.entrySet()) {
            for (List<Object[]> rows : statement.getValue().batches) {
                jdbc.batchUpdate(statement.getKey(), rows, rows.size(), (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            ps.setNull(i + 1, Types.NULL);
                        } else {
                            ps.setObject(i + 1, row[i]);
                        }
                    }
                });
            }
        }
        statements.clear();
    }

    private Statement statement(String sql) {
        return statements.computeIfAbsent(sql, s -> new Statement());
    }

    private static final class Statement {

        private final List<List<Object[]>> batches = new ArrayList<>(List.of(new ArrayList<>()));
        private final Set<Object> keysOfLastBatch = new HashSet<>();

        void add(Object conflictKey, Object[] params) {
            if (conflictKey != null && !keysOfLastBatch.add(conflictKey)) {
                batches.add(new ArrayList<>());
                keysOfLastBatch.clear();
                keysOfLastBatch.add(conflictKey);
            }
            batches.get(batches.size() - 1).add(params);
        }
    }
}
