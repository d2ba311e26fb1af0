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

    Optional<ExamView> find(String examId) {
        return jdbc.sql("SELECT * FROM exam WHERE id = ?").param(examId).query((rs, n) -> view(rs)).optional();
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
                        instant(rs, "created_at"), instant(rs, "published_at")))
                .list();
        return new ResultPage<>(items, page, size, total);
    }

    private ExamView view(ResultSet rs) throws SQLException {
        ExamDesign d = json.read(rs.getString("design"), ExamDesign.class);
        List<FrozenSection> frozen = json.read(rs.getString("frozen_sections"), FROZEN_SECTIONS);
        List<ExamView.SectionView> sections = new ArrayList<>();
        for (int i = 0; i < d.sections().size(); i++) {
            SectionDesign s = d.sections().get(i);
            FrozenSection f = frozen == null ? null : frozen.get(i);
            sections.add(new ExamView.SectionView(s.title(), s.questionIds(), s.draw(), s.pointsPerQuestion(),
                    s.draw() == null ? (f == null ? List.of() : f.questions()) : null,
                    s.draw() == null ? null : (f == null ? List.of() : f.pool())));
        }
        return new ExamView(rs.getString("id"), ExamStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("version"), d.title(), d.instructions(), d.timeLimitMinutes(), d.passScore(),
                d.passPercent(), d.maxAttempts(), d.minMinutesBetweenAttempts(), d.shuffleQuestions(),
                d.shuffleOptions(), d.availableFrom(), d.availableUntil(), d.certificateValidityMonths(), sections,
                instant(rs, "created_at"), instant(rs, "published_at"), instant(rs, "retired_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
