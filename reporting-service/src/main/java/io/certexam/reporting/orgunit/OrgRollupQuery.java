package io.certexam.reporting.orgunit;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.grading.TagScore;
import io.certexam.reporting.SqlTime;
import io.certexam.reporting.summary.ExamStatistics;
import io.certexam.reporting.summary.GroupMean;

/**
 * Rolls attempts up by org path. An attempt's org path is the one its attempt or result event carried
 * (the candidate's org unit when it started). Voided attempts are left out; only each attempt's current
 * result counts.
 */
@Component
class OrgRollupQuery {

    private static final TypeReference<List<TagScore>> TAGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    OrgRollupQuery(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** @param prefix empty for everything (grouped by the first path level); examId null for every exam */
    OrgRollup rollUp(String prefix, String examId) {
        String like = prefix.isEmpty() ? "%" : escape(prefix) + "/%";
        List<Row> rows = jdbc.sql("""
                        SELECT ids.attempt_id, COALESCE(a.org_path, r.org_path) AS org_path,
                               COALESCE(a.candidate_id, r.candidate_id) AS candidate_id,
                               r.status AS result_status, r.score, r.percent, COALESCE(r.passed, FALSE) AS passed,
                               r.tags::text AS tags
                        FROM (SELECT attempt_id FROM attempt WHERE (CAST(:examId AS VARCHAR) IS NULL OR exam_id = :examId)
                              UNION
                              SELECT attempt_id FROM current_result WHERE (CAST(:examId AS VARCHAR) IS NULL OR exam_id = :examId)) ids
                        LEFT JOIN attempt a ON a.attempt_id = ids.attempt_id
                        LEFT JOIN current_result c ON c.attempt_id = ids.attempt_id
                        LEFT JOIN result_revision r ON r.attempt_id = c.attempt_id AND r.revision = c.revision
                        WHERE a.status IS DISTINCT FROM 'VOIDED'
                          AND (COALESCE(a.org_path, r.org_path) = :prefix
                               OR COALESCE(a.org_path, r.org_path) LIKE :like ESCAPE '\\')""")
                .param("examId", examId)
                .param("prefix", prefix)
                .param("like", like)
                .query((row, n) -> new Row(row.getString("org_path"), row.getString("candidate_id"),
                        row.getString("result_status"), row.getBigDecimal("score"), row.getBigDecimal("percent"),
                        row.getBoolean("passed"), row.getString("tags")))
                .list();
        Map<String, Set<String>> certified = certifiedNow(prefix, like, examId);
        Map<String, List<Row>> byUnit = new TreeMap<>();
        rows.forEach(row -> byUnit.computeIfAbsent(unitOf(prefix, row.orgPath()), k -> new ArrayList<>()).add(row));
        List<OrgRollup.Unit> units = new ArrayList<>();
        byUnit.forEach((unit, unitRows) -> units.add(unit(unit, unitRows, certified.getOrDefault(unit, Set.of()))));
        Set<String> allCertified = new HashSet<>();
        certified.values().forEach(allCertified::addAll);
        return new OrgRollup(prefix, examId, unit(prefix, rows, allCertified), units);
    }

    /** Candidates with a certificate valid now, by the unit (next path level) of the certificate's org path. */
    private Map<String, Set<String>> certifiedNow(String prefix, String like, String examId) {
        Map<String, Set<String>> certified = new TreeMap<>();
        jdbc.sql("""
                        SELECT org_path, candidate_id FROM certificate
                        WHERE status = 'VALID' AND (expires_at IS NULL OR expires_at > :now)
                          AND (CAST(:examId AS VARCHAR) IS NULL OR exam_id = :examId)
                          AND (org_path = :prefix OR org_path LIKE :like ESCAPE '\\')""")
                .param("now", SqlTime.utc(clock.instant()))
                .param("examId", examId)
                .param("prefix", prefix)
                .param("like", like)
                .query((row, n) -> certified.computeIfAbsent(unitOf(prefix, row.getString("org_path")),
                        k -> new HashSet<>()).add(row.getString("candidate_id")))
                .list();
        return certified;
    }

    private OrgRollup.Unit unit(String name, List<Row> rows, Set<String> certified) {
        List<Row> graded = rows.stream().filter(r -> "FINAL".equals(r.resultStatus()) && r.score() != null).toList();
        long passed = graded.stream().filter(Row::passed).count();
        GroupMean.Accumulator tags = new GroupMean.Accumulator();
        for (Row row : graded) {
            if (row.tagsJson() != null) {
                try {
                    List<TagScore> scores = json.readValue(row.tagsJson(), TAGS);
                    if (scores != null) {
                        scores.stream().filter(t -> t != null).forEach(t -> tags.add(t.tag(), t.score(), t.maxScore()));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("unreadable stored tags", e);
                }
            }
        }
        return new OrgRollup.Unit(name, rows.stream().map(Row::candidateId).filter(c -> c != null).distinct().count(),
                rows.size(), graded.size(), certified.size(), ExamStatistics.rate(passed, graded.size()),
                mean(graded.stream().map(Row::score).toList()),
                mean(graded.stream().map(Row::percent).filter(p -> p != null).toList()), tags.means());
    }

    /** {@code chain-a/east} + {@code chain-a/east/store-042/till-3} → {@code chain-a/east/store-042}. */
    static String unitOf(String prefix, String orgPath) {
        if (orgPath == null || orgPath.equals(prefix)) {
            return prefix;
        }
        String rest = prefix.isEmpty() ? orgPath : orgPath.substring(prefix.length() + 1);
        int slash = rest.indexOf('/');
        String next = slash < 0 ? rest : rest.substring(0, slash);
        return prefix.isEmpty() ? next : prefix + "/" + next;
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), ExamStatistics.SCORE_SCALE, RoundingMode.HALF_UP);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Row(String orgPath, String candidateId, String resultStatus, BigDecimal score, BigDecimal percent,
                       boolean passed, String tagsJson) {
    }
}
