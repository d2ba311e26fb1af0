package io.certexam.bank.exam;

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

/** Reads of the exam read model. */
@Component
class ExamQueries {

    private static final TypeReference<List<FrozenSection>> FROZEN_SECTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ExamQueries(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean exists(String examId) {
        return jdbc.sql("SELECT count(*) FROM exam WHERE id = ?").param(examId).query(Long.class).single() > 0;
    }

    /** The exam as it stands (its latest design), or published {@code version} as it was frozen. */
    Optional<ExamView> find(String examId, Integer version) {
        List<ExamView.VersionSummary> versions = jdbc.sql(
                        "SELECT version, published_by, published_at FROM exam_version WHERE exam_id = ? ORDER BY version")
                .param(examId)
                .query((rs, n) -> new ExamView.VersionSummary(rs.getInt("version"), rs.getString("published_by"),
                        instant(rs, "published_at")))
                .list();
        if (version == null) {
            return jdbc.sql("SELECT * FROM exam WHERE id = ?").param(examId)
                    .query((rs, n) -> view(rs, rs.getString("design"), rs.getBoolean("editing") ? null
                            : rs.getString("frozen_sections"), (Integer) rs.getObject("version"),
                            rs.getBoolean("editing"), instant(rs, "published_at"), versions))
                    .optional();
        }
        return jdbc.sql("""
                        SELECT e.*, v.design AS version_design, v.frozen_sections AS version_sections,
                               v.published_at AS version_published_at
                        FROM exam e JOIN exam_version v ON v.exam_id = e.id
                        WHERE e.id = ? AND v.version = ?""")
                .params(examId, version)
                .query((rs, n) -> view(rs, rs.getString("version_design"), rs.getString("version_sections"), version,
                        false, instant(rs, "version_published_at"), versions))
                .optional();
    }

    ResultPage<ExamSummary> list(ExamStatus status, int page, int size) {
        String where = status == null ? "" : " WHERE status = ?";
        List<Object> params = new ArrayList<>();
        if (status != null) {
            params.add(status.name());
        }
        long total = jdbc.sql("SELECT count(*) FROM exam" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<ExamSummary> items = jdbc.sql("SELECT * FROM exam" + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new ExamSummary(rs.getString("id"), rs.getString("title"),
                        ExamStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("version"),
                        rs.getBoolean("editing"), instant(rs, "created_at"), instant(rs, "published_at")))
                .list();
        return new ResultPage<>(items, page, size, total);
    }

    private ExamView view(ResultSet rs, String designColumn, String frozenColumn, Integer version, boolean editing,
                          Instant publishedAt, List<ExamView.VersionSummary> versions) throws SQLException {
        ExamDesign d = json.read(designColumn, ExamDesign.class);
        List<FrozenSection> frozen = json.read(frozenColumn, FROZEN_SECTIONS);
        List<ExamView.SectionView> sections = new ArrayList<>();
        for (int i = 0; i < d.sections().size(); i++) {
            SectionDesign s = d.sections().get(i);
            FrozenSection f = frozen == null ? null : frozen.get(i);
            sections.add(new ExamView.SectionView(s.title(), s.questionIds(), s.draw(), s.pointsPerQuestion(),
                    s.draw() == null ? (f == null ? List.of() : f.questions()) : null,
                    s.draw() == null ? null : (f == null ? List.of() : f.pool())));
        }
        return new ExamView(rs.getString("id"), ExamStatus.valueOf(rs.getString("status")), version, editing,
                d.title(), d.instructions(), d.timeLimitMinutes(), d.passScore(), d.passPercent(), d.maxAttempts(),
                d.minMinutesBetweenAttempts(), d.shuffleQuestions(), d.shuffleOptions(), d.availableFrom(),
                d.availableUntil(), d.certificateValidityMonths(), sections, instant(rs, "created_at"), publishedAt,
                instant(rs, "retired_at"), versions);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
