package io.certexam.grading.result;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the results read model written by {@link ResultProjection}. */
@Component
class Results {

    private static final TypeReference<List<ItemGrade>> ITEMS = new TypeReference<>() {
    };
    private static final TypeReference<List<SectionGrade>> SECTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Results(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<StoredResult> find(String attemptId) {
        return jdbc.sql("""
                        SELECT r.attempt_id, r.exam_id, r.exam_version, r.candidate_id, r.org_path, r.submitted_at,
                               r.revision, v.status, v.score, v.max_score, v.percent, v.passed, v.items, v.sections,
                               v.graded_at
                        FROM result r
                        LEFT JOIN result_revision v ON v.attempt_id = r.attempt_id AND v.revision = r.revision
                        WHERE r.attempt_id = ?""")
                .param(attemptId)
                .query((rs, row) -> new StoredResult(rs.getString("attempt_id"), rs.getString("exam_id"),
                        rs.getInt("exam_version"), rs.getString("candidate_id"), rs.getString("org_path"),
                        instant(rs, "submitted_at"), rs.getInt("revision"),
                        rs.getString("status") == null ? ResultStatus.AWAITING_KEYS
                                : ResultStatus.valueOf(rs.getString("status")),
                        rs.getBigDecimal("score"), rs.getBigDecimal("max_score"), rs.getBigDecimal("percent"),
                        (Boolean) rs.getObject("passed"), fromJson(rs.getString("items"), ITEMS),
                        fromJson(rs.getString("sections"), SECTIONS), instant(rs, "graded_at")))
                .optional();
    }

    /** Every revision, oldest first. */
    List<RevisionView> history(String attemptId) {
        return jdbc.sql("""
                        SELECT revision, status, score, max_score, percent, passed, reason, revised_by, graded_at
                        FROM result_revision WHERE attempt_id = ? ORDER BY revision""")
                .param(attemptId)
                .query((rs, row) -> new RevisionView(rs.getInt("revision"), ResultStatus.valueOf(rs.getString("status")),
                        rs.getBigDecimal("score"), rs.getBigDecimal("max_score"), rs.getBigDecimal("percent"),
                        rs.getBoolean("passed"), rs.getString("reason"), rs.getString("revised_by"),
                        instant(rs, "graded_at")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private <T> List<T> fromJson(String value, TypeReference<List<T>> type) {
        if (value == null) {
            return List.of();
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result is unreadable", e);
        }
    }
}
