package io.certexam.grading.regrade;

import java.util.LinkedHashSet;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.grading.key.KeyRef;
import io.certexam.grading.result.AttemptRegistered;
import io.certexam.grading.result.ResultRevisionRecorded;
import io.certexam.grading.result.SubmissionRecorded;

/**
 * What regrading reads instead of loading every aggregate: each attempt's paper, responses and current grade,
 * and which attempts hold which question version. Written in the grading transaction (a subscribing group),
 * so a key correction that arrives right after a grading still finds that attempt.
 */
@Component
@ProcessingGroup(RegradeIndex.GROUP)
public class RegradeIndex {

    public static final String GROUP = "regrade-index";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RegradeIndex(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(AttemptRegistered event) {
        jdbc.sql("""
                        INSERT INTO regrade_attempt (attempt_id, exam_id, exam_version, sections) VALUES (?, ?, ?, ?::json)
                        ON CONFLICT (attempt_id) DO UPDATE SET exam_id = excluded.exam_id,
                            exam_version = excluded.exam_version, sections = excluded.sections""")
                .params(event.attemptId(), event.examId(), event.examVersion(), toJson(event.sections()))
                .update();
    }

    @EventHandler
    void on(SubmissionRecorded event) {
        jdbc.sql("""
                        INSERT INTO regrade_attempt (attempt_id, exam_id, exam_version, answers) VALUES (?, ?, ?, ?::json)
                        ON CONFLICT (attempt_id) DO UPDATE SET answers = excluded.answers""")
                .params(event.attemptId(), event.examId(), event.examVersion(), toJson(event.answers()))
                .update();
    }

    @EventHandler
    void on(ResultRevisionRecorded event) {
        jdbc.sql("""
                        UPDATE regrade_attempt SET grade = ?::json, pass_score = ?, pass_percent = ?, revision = ?
                        WHERE attempt_id = ?""")
                .params(toJson(event.grade()), event.passScore(), event.passPercent(), event.revision(),
                        event.attemptId())
                .update();
        if (event.revision() > 1) {
            return; // a paper's questions never change after its first grading; a regrade need not re-index 30 rows
        }
        Set<KeyRef> questions = new LinkedHashSet<>();
        event.grade().items().forEach(item -> questions.add(new KeyRef(item.questionId(), item.questionVersion())));
        // one statement for the whole paper (30 items → 1 round trip instead of 30, in every grading transaction)
        jdbc.sql("""
                        INSERT INTO attempt_question (question_id, version, attempt_id)
                        SELECT question_id, version, ? FROM unnest(?::varchar[], ?::int[]) AS paper(question_id, version)
                        ON CONFLICT DO NOTHING""")
                .params(event.attemptId(), questions.stream().map(KeyRef::questionId).toArray(String[]::new),
                        questions.stream().map(KeyRef::version).toArray(Integer[]::new))
                .update();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }
}
