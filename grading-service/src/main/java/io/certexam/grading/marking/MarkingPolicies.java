package io.certexam.grading.marking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.grading.result.MarkingPolicy;

/** Double marking per exam, as an administrator set it. Attempts keep the policy in force when they were submitted. */
@Component
public class MarkingPolicies {

    private final JdbcClient jdbc;

    MarkingPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void set(String examId, MarkingPolicy policy, String setBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO marking_policy (exam_id, double_marking, tolerance, set_by, set_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (exam_id) DO UPDATE SET double_marking = excluded.double_marking,
                            tolerance = excluded.tolerance, set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(examId, policy.doubleMarking(), policy.tolerance(), setBy, Timestamp.from(at))
                .update();
    }

    public MarkingPolicy of(String examId) {
        return find(examId).orElse(MarkingPolicy.SINGLE);
    }

    Optional<MarkingPolicy> find(String examId) {
        return jdbc.sql("SELECT double_marking, tolerance FROM marking_policy WHERE exam_id = ?")
                .param(examId)
                .query((rs, n) -> new MarkingPolicy(rs.getBoolean(1), rs.getBigDecimal(2)))
                .optional();
    }
}
