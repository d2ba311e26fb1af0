package io.certexam.reporting.summary;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.grading.SectionScore;
import io.certexam.contracts.grading.TagScore;

import io.certexam.reporting.SqlTime;

/**
 * Builds an exam's summary from attempts and current results joined at query time, so a result whose
 * attempt has not arrived yet (another topic) still counts: it is an attempt that was started and
 * not voided. Only the current (highest) revision of each attempt's result counts.
 */
@Component
class ExamSummaryQuery {

    private static final String FINAL = "FINAL";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ExamSummaryQuery(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Empty when nothing at all is known about the exam. */
    Optional<ExamSummary> summarise(String examId, int bins) {
        Optional<String> title = jdbc.sql("SELECT title FROM exam_version WHERE exam_id = ? ORDER BY version DESC LIMIT 1")
                .param(examId)
                .query(String.class)
                .optional();
        List<Row> rows = rows(examId);
        if (title.isEmpty() && rows.isEmpty()) {
            return Optional.empty();
        }
        List<Row> graded = rows.stream().filter(row -> FINAL.equals(row.resultStatus())).toList();
        long passed = graded.stream().filter(Row::passed).count();
        ExamStatistics statistics = ExamStatistics.of(graded.stream().map(Row::score).filter(Objects::nonNull).toList());
        List<Duration> durations = rows.stream()
                .filter(row -> row.startedAt() != null && row.submittedAt() != null)
                .map(row -> Duration.between(row.startedAt(), row.submittedAt()))
                .toList();
        GroupMean.Accumulator sections = new GroupMean.Accumulator();
        GroupMean.Accumulator tags = new GroupMean.Accumulator();
        for (Row row : graded) {
            read(row.sectionsJson(), new TypeReference<List<SectionScore>>() { })
                    .forEach(section -> sections.add(section.title(), section.score(), section.maxScore()));
            read(row.tagsJson(), new TypeReference<List<TagScore>>() { })
                    .forEach(tag -> tags.add(tag.tag(), tag.score(), tag.maxScore()));
        }
        return Optional.of(new ExamSummary(examId, title.orElse(null), rows.size(), graded.size(), passed,
                ExamStatistics.rate(passed, graded.size()), statistics.mean(), statistics.median(), statistics.stdDev(),
                statistics.min(), statistics.max(), ExamStatistics.averageSeconds(durations),
                ScoreHistogram.of(graded.stream().map(Row::percent).toList(), bins), sections.means(), tags.means()));
    }

    private <T> List<T> read(String value, TypeReference<List<T>> type) {
        if (value == null) {
            return List.of();
        }
        try {
            List<T> list = json.readValue(value, type);
            return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored result details", e);
        }
    }

    private List<Row> rows(String examId) {
        return jdbc.sql("""
                        SELECT a.started_at, COALESCE(a.submitted_at, r.submitted_at) AS submitted_at,
                               r.status AS result_status, r.score, COALESCE(r.passed, FALSE) AS passed,
                               r.percent, r.sections::text AS sections, r.tags::text AS tags
                        FROM (SELECT attempt_id FROM attempt WHERE exam_id = :examId
                              UNION
                              SELECT attempt_id FROM current_result WHERE exam_id = :examId) ids
                        LEFT JOIN attempt a ON a.attempt_id = ids.attempt_id
                        LEFT JOIN current_result c ON c.attempt_id = ids.attempt_id
                        LEFT JOIN result_revision r ON r.attempt_id = c.attempt_id AND r.revision = c.revision
                        WHERE a.status IS DISTINCT FROM 'VOIDED'""")
                .param("examId", examId)
                .query((row, n) -> new Row(SqlTime.instant(row, "started_at"), SqlTime.instant(row, "submitted_at"),
                        row.getString("result_status"), row.getBigDecimal("score"), row.getBoolean("passed"),
                        row.getBigDecimal("percent"), row.getString("sections"), row.getString("tags")))
                .list();
    }

    private record Row(Instant startedAt, Instant submittedAt, String resultStatus, BigDecimal score, boolean passed,
                       BigDecimal percent, String sectionsJson, String tagsJson) {
    }
}
