package io.certexam.grading.exam;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Pass marks of the published exam versions. A published version is immutable, so the first copy stays. */
@Component
public class ExamPolicies {

    private final JdbcClient jdbc;

    ExamPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ExamPolicy policy) {
        jdbc.sql("""
                        INSERT INTO exam_policy (exam_id, version, title, pass_score, pass_percent) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(policy.examId(), policy.version(), policy.title(), policy.passScore(), policy.passPercent())
                .update();
    }

    public Optional<ExamPolicy> find(String examId, int version) {
        return jdbc.sql("SELECT exam_id, version, title, pass_score, pass_percent FROM exam_policy WHERE exam_id = ? AND version = ?")
                .params(examId, version)
                .query((rs, row) -> new ExamPolicy(rs.getString("exam_id"), rs.getInt("version"), rs.getString("title"),
                        rs.getBigDecimal("pass_score"), rs.getBigDecimal("pass_percent")))
                .optional();
    }
}
