package io.certexam.grading.appeal;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.grading.result.AppealDecided;
import io.certexam.grading.result.AppealFiled;

/** Written in the appeal's transaction (subscribing), so a grader can decide an appeal the moment it is filed. */
@Component
@ProcessingGroup(AppealProjection.GROUP)
public class AppealProjection {

    public static final String GROUP = "appeals";

    private final JdbcClient jdbc;

    AppealProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppealFiled event) {
        jdbc.sql("""
                        INSERT INTO appeal (appeal_id, attempt_id, exam_id, item_id, question_id, question_version,
                                            current_score, max_score, reason, filed_at, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN') ON CONFLICT DO NOTHING""")
                .params(event.appealId(), event.attemptId(), event.examId(), event.itemId(), event.questionId(),
                        event.questionVersion(), event.currentScore(), event.maxScore(), event.reason(),
                        Timestamp.from(event.filedAt()))
                .update();
    }

    @EventHandler
    void on(AppealDecided event) {
        jdbc.sql("""
                        UPDATE appeal SET status = ?, new_score = ?, decision_reason = ?, decided_by = ?, decided_at = ?,
                                          key_correction_suggested = ?
                        WHERE appeal_id = ?""")
                .params(event.upheld() ? "UPHELD" : "REJECTED", event.newScore(), event.reason(), event.decidedBy(),
                        Timestamp.from(event.decidedAt()), event.suggestKeyCorrection(), event.appealId())
                .update();
    }
}
