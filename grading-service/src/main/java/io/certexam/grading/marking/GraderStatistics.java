package io.certexam.grading.marking;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How each grader marks (ADMIN): how many marks, the mean share of the points given, and — over the items
 * they marked as one of two independent graders — how often the two marks agreed within the exam's tolerance.
 */
@RestController
class GraderStatistics {

    private final JdbcClient jdbc;

    GraderStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/graders/statistics")
    @PreAuthorize("hasRole('ADMIN')")
    List<GraderFigures> all() {
        return jdbc.sql("""
                        WITH paired AS (
                            SELECT m.grader_id,
                                   abs(m.score - o.score) <= coalesce(p.tolerance, 0) AS agreed
                            FROM item_mark m
                            JOIN item_mark o ON o.attempt_id = m.attempt_id AND o.item_id = m.item_id
                                            AND o.grader_id <> m.grader_id AND o.stage IN ('FIRST', 'SECOND')
                            LEFT JOIN marking_policy p ON p.exam_id = m.exam_id
                            WHERE m.stage IN ('FIRST', 'SECOND'))
                        SELECT g.grader_id, g.marks, g.mean_percent, p.double_marked, p.agreement_rate
                        FROM (SELECT grader_id, count(*) AS marks,
                                     round(avg(CASE WHEN max_score > 0 THEN score * 100 / max_score END), 2) AS mean_percent
                              FROM item_mark GROUP BY grader_id) g
                        LEFT JOIN (SELECT grader_id, count(*) AS double_marked,
                                          round(avg(CASE WHEN agreed THEN 1.0 ELSE 0.0 END) * 100, 2) AS agreement_rate
                                   FROM paired GROUP BY grader_id) p ON p.grader_id = g.grader_id
                        ORDER BY g.grader_id""")
                .query((rs, n) -> new GraderFigures(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3),
                        rs.getInt(4), rs.getBigDecimal(5)))
                .list();
    }

    /** @param agreementRatePercent null when the grader never marked an item another grader also marked */
    record GraderFigures(String graderId, int marks, BigDecimal meanPercentGiven, int doubleMarkedItems,
                         BigDecimal agreementRatePercent) {
    }
}
