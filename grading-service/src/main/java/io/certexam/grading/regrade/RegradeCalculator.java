package io.certexam.grading.regrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.grading.exam.ExamPolicy;
import io.certexam.grading.key.AnswerKeyRevision;
import io.certexam.grading.result.Answer;
import io.certexam.grading.result.GradableSection;
import io.certexam.grading.result.ItemGrade;
import io.certexam.grading.result.PaperGrade;
import io.certexam.grading.result.Regrade;

/**
 * Works out, attempt by attempt, what a key revision would change — with the same {@link Regrade} function
 * the attempts apply. Reads the index in bounded pages, so a question on 100,000 papers does not need
 * 100,000 rows in memory at once.
 */
@Component
class RegradeCalculator {

    private static final int PAGE = 1000;
    private static final TypeReference<List<GradableSection>> SECTIONS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Answer>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RegradeCalculator(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every graded attempt holding the key's question version and graded with an older key revision. */
    void changes(AnswerKeyRevision key, Consumer<RegradeChange> sink) {
        String after = "";
        while (true) {
            List<Row> page = jdbc.sql("""
                            SELECT r.attempt_id, r.exam_id, r.exam_version, r.sections, r.answers, r.grade,
                                   r.pass_score, r.pass_percent
                            FROM attempt_question q JOIN regrade_attempt r ON r.attempt_id = q.attempt_id
                            WHERE q.question_id = ? AND q.version = ? AND r.revision > 0 AND q.attempt_id > ?
                            ORDER BY q.attempt_id LIMIT ?""")
                    .params(key.ref().questionId(), key.ref().version(), after, PAGE)
                    .query((rs, n) -> new Row(rs.getString("attempt_id"), new ExamPolicy(rs.getString("exam_id"),
                            rs.getInt("exam_version"), null, rs.getBigDecimal("pass_score"),
                            rs.getBigDecimal("pass_percent")), rs.getString("sections"), rs.getString("answers"),
                            rs.getString("grade")))
                    .list();
            for (Row row : page) {
                PaperGrade current = read(row.grade(), PaperGrade.class);
                if (usesRevisionAtLeast(current.items(), key)) {
                    continue;
                }
                PaperGrade regraded = Regrade.rescore(current, read(row.sections(), SECTIONS),
                        read(row.answers(), ANSWERS), key, row.policy());
                sink.accept(new RegradeChange(row.attemptId(), current.score(), regraded.score(), regraded.maxScore(),
                        current.passed(), regraded.passed()));
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).attemptId();
        }
    }

    List<RegradeChange> changes(AnswerKeyRevision key) {
        List<RegradeChange> all = new ArrayList<>();
        changes(key, all::add);
        return all;
    }

    private static boolean usesRevisionAtLeast(List<ItemGrade> items, AnswerKeyRevision key) {
        return items.stream().anyMatch(item -> item.questionId().equals(key.ref().questionId())
                && item.questionVersion() == key.ref().version() && item.keyRevision() != null
                && item.keyRevision() >= key.keyRevision());
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored regrade data is unreadable", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value == null ? "null" : value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored regrade data is unreadable", e);
        }
    }

    private record Row(String attemptId, ExamPolicy policy, String sections, String answers, String grade) {
    }
}
