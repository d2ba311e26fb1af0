package io.certexam.bank.question;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import io.certexam.bank.JsonColumns;
import io.certexam.bank.ResultPage;

/** Reads of the question read model. */
@Component
public class QuestionQueries {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonColumns json;

    QuestionQueries(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public boolean exists(String questionId) {
        return jdbc.sql("SELECT count(*) FROM question WHERE id = ?").param(questionId).query(Long.class).single() > 0;
    }

    /** The given version, or the latest when {@code version} is null. */
    public Optional<QuestionView> find(String questionId, Integer version) {
        Optional<QuestionHeader> header = jdbc.sql(
                        "SELECT status, latest_version, published_version FROM question WHERE id = ?")
                .param(questionId)
                .query((rs, n) -> new QuestionHeader(QuestionStatus.valueOf(rs.getString("status")),
                        rs.getInt("latest_version"), (Integer) rs.getObject("published_version")))
                .optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        boolean retired = header.get().status() == QuestionStatus.RETIRED;
        int wanted = version == null ? header.get().latestVersion() : version;
        List<QuestionView.VersionSummary> versions = jdbc.sql("""
                        SELECT version, status, published_at FROM question_version WHERE question_id = ?
                        ORDER BY version""")
                .param(questionId)
                .query((rs, n) -> new QuestionView.VersionSummary(rs.getInt("version"),
                        versionStatus(rs.getString("status"), retired), instant(rs, "published_at")))
                .list();
        return jdbc.sql("SELECT * FROM question_version WHERE question_id = ? AND version = ?")
                .params(questionId, wanted)
                .query((rs, n) -> {
                    AuthoredQuestion q = authored(rs);
                    return new QuestionView(questionId, wanted, versionStatus(rs.getString("status"), retired),
                            header.get().publishedVersion(), q.type(), q.stem(), q.options(), q.answer(), q.points(),
                            q.multipleChoiceScoring(), q.openResponseKind(), q.maxResponseLength(),
                            q.children() == null ? List.of() : q.children().stream().map(QuestionView.ChildView::of).toList(),
                            q.explanation(), q.tags(), q.difficulty(), q.language(), rs.getInt("key_revision"),
                            instant(rs, "updated_at"), instant(rs, "published_at"), versions);
                })
                .optional();
    }

    /**
     * Questions by their latest version, newest first (ties by id, so pages are stable); {@code tags} must all be
     * present; {@code text}, when given, must occur in the stem or an option text, ignoring case.
     */
    public ResultPage<QuestionSummary> list(QuestionType type, List<String> tags, QuestionStatus status, String text,
                                            int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE v.tags @> ?::jsonb");
        List<Object> params = new ArrayList<>();
        params.add(json.write(tags == null ? List.of() : tags));
        if (type != null) {
            where.append(" AND v.type = ?");
            params.add(type.name());
        }
        if (status != null) {
            where.append(" AND q.status = ?");
            params.add(status.name());
        }
        if (text != null && !text.isBlank()) {
            where.append(" AND v.search_text ILIKE ?");
            params.add("%" + likeEscaped(text.strip()) + "%");
        }
        String from = " FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.latest_version";
        long total = jdbc.sql("SELECT count(*)" + from + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<QuestionSummary> items = jdbc.sql("""
                        SELECT q.id, q.status AS question_status, q.published_version, q.updated_at AS question_updated_at,
                               v.*""" + from + where + " ORDER BY q.created_at DESC, q.id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> {
                    AuthoredQuestion q = authored(rs);
                    return new QuestionSummary(rs.getString("id"), rs.getInt("version"),
                            QuestionStatus.valueOf(rs.getString("question_status")),
                            (Integer) rs.getObject("published_version"), q.type(), q.stem(), q.tags(), q.difficulty(),
                            instant(rs, "question_updated_at"));
                })
                .list();
        return new ResultPage<>(items, page, size, total);
    }

    /** Every version with its authors, times and key corrections, oldest first. */
    public Optional<QuestionHistory> history(String questionId) {
        Optional<QuestionHistory> header = jdbc.sql("SELECT * FROM question WHERE id = ?")
                .param(questionId)
                .query((rs, n) -> new QuestionHistory(questionId, QuestionStatus.valueOf(rs.getString("status")),
                        rs.getInt("latest_version"), (Integer) rs.getObject("published_version"),
                        rs.getString("created_by"), instant(rs, "created_at"), rs.getString("retired_by"),
                        instant(rs, "retired_at"), List.of()))
                .optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        List<KeyCorrectionRow> corrections = jdbc.sql("""
                        SELECT * FROM question_key_correction WHERE question_id = ? ORDER BY version, key_revision""")
                .param(questionId)
                .query((rs, n) -> new KeyCorrectionRow(rs.getInt("version"), new QuestionHistory.KeyCorrection(
                        rs.getInt("key_revision"), rs.getString("reason"), rs.getString("corrected_by"),
                        instant(rs, "corrected_at"), json.read(rs.getString("changed_children"), STRINGS))))
                .list();
        List<QuestionHistory.VersionHistory> versions = jdbc.sql("""
                        SELECT version, status, author, created_at, updated_at, published_by, published_at, key_revision
                        FROM question_version WHERE question_id = ? ORDER BY version""")
                .param(questionId)
                .query((rs, n) -> {
                    int version = rs.getInt("version");
                    return new QuestionHistory.VersionHistory(version, QuestionStatus.valueOf(rs.getString("status")),
                            rs.getString("author"), instant(rs, "created_at"), instant(rs, "updated_at"),
                            rs.getString("published_by"), instant(rs, "published_at"), rs.getInt("key_revision"),
                            corrections.stream().filter(c -> c.version() == version)
                                    .map(KeyCorrectionRow::correction).toList());
                })
                .list();
        QuestionHistory h = header.get();
        return Optional.of(new QuestionHistory(h.id(), h.status(), h.latestVersion(), h.publishedVersion(),
                h.createdBy(), h.createdAt(), h.retiredBy(), h.retiredAt(), versions));
    }

    public Optional<QuestionStanding> standing(String questionId) {
        return jdbc.sql("""
                        SELECT q.id, q.status AS question_status, v.*
                        FROM question q LEFT JOIN question_version v
                             ON v.question_id = q.id AND v.version = q.published_version
                        WHERE q.id = ?""")
                .param(questionId)
                .query((rs, n) -> new QuestionStanding(rs.getString("id"),
                        QuestionStatus.RETIRED.name().equals(rs.getString("question_status")),
                        rs.getString("content") == null ? null : published(rs)))
                .optional();
    }

    /** The latest published version of every question that is not retired and matches, ordered by question id. */
    public List<PublishedQuestion> publishedMatching(QuestionType type, List<String> tags, Integer minDifficulty,
                                                     Integer maxDifficulty) {
        StringBuilder sql = new StringBuilder("""
                SELECT v.* FROM question q
                JOIN question_version v ON v.question_id = q.id AND v.version = q.published_version
                WHERE q.status <> 'RETIRED' AND v.tags @> ?::jsonb""");
        List<Object> params = new ArrayList<>();
        params.add(json.write(tags == null ? List.of() : tags));
        if (type != null) {
            sql.append(" AND v.type = ?");
            params.add(type.name());
        }
        if (minDifficulty != null) {
            sql.append(" AND v.difficulty >= ?");
            params.add(minDifficulty);
        }
        if (maxDifficulty != null) {
            sql.append(" AND v.difficulty <= ?");
            params.add(maxDifficulty);
        }
        sql.append(" ORDER BY q.id");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> published(rs)).list();
    }

    private PublishedQuestion published(ResultSet rs) throws SQLException {
        return PublishedQuestion.of(rs.getString("question_id"), rs.getInt("version"),
                json.read(rs.getString("content"), AuthoredQuestion.class));
    }

    private AuthoredQuestion authored(ResultSet rs) throws SQLException {
        return json.read(rs.getString("content"), AuthoredQuestion.class)
                .withKey(json.read(rs.getString("answer"), Answer.class));
    }

    /** {@code text} matched literally by LIKE: its wildcards and the escape character are escaped. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static QuestionStatus versionStatus(String stored, boolean retired) {
        return retired ? QuestionStatus.RETIRED : QuestionStatus.valueOf(stored);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private record KeyCorrectionRow(int version, QuestionHistory.KeyCorrection correction) {
    }

    private record QuestionHeader(QuestionStatus status, int latestVersion, Integer publishedVersion) {
    }
}
