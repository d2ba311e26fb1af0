package io.certexam.grading.result;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.grading.key.KeyRef;

/**
 * Which inputs each waiting submission needs. A subscribing processor (see
 * {@link GradingProcessingConfiguration}): the rows change in the same transaction as the aggregate, which
 * {@link GradingLock} relies on.
 */
@Component
@ProcessingGroup(GradingWaitProjection.GROUP)
class GradingWaitProjection {

    static final String GROUP = "grading-waits";
    static final String ANSWER_KEY = "ANSWER_KEY";
    static final String EXAM_POLICY = "EXAM_POLICY";

    private final JdbcClient jdbc;

    GradingWaitProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(GradingDeferred event) {
        clear(event.attemptId());
        for (KeyRef key : event.missing().answerKeys()) {
            insert(event.attemptId(), ANSWER_KEY, key.questionId(), key.version());
        }
        if (event.missing().examPolicy()) {
            insert(event.attemptId(), EXAM_POLICY, event.examId(), event.examVersion());
        }
    }

    @EventHandler
    void on(ResultRevisionRecorded event) {
        clear(event.attemptId());
    }

    private void clear(String attemptId) {
        jdbc.sql("DELETE FROM grading_wait WHERE attempt_id = ?").param(attemptId).update();
    }

    private void insert(String attemptId, String inputType, String inputId, int inputVersion) {
        jdbc.sql("""
                        INSERT INTO grading_wait (attempt_id, input_type, input_id, input_version) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(attemptId, inputType, inputId, inputVersion)
                .update();
    }
}
