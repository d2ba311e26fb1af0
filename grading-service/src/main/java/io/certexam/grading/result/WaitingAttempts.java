package io.certexam.grading.result;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.grading.exam.ExamPolicyStored;
import io.certexam.grading.key.AnswerKeyStored;

/**
 * When a key or a pass mark arrives, retries grading of the submissions that were waiting for it, in the
 * transaction that stored it. The aggregate checks again and either grades or records what it still lacks.
 */
@Component
class WaitingAttempts {

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final GradingLock lock;

    WaitingAttempts(JdbcClient jdbc, CommandGateway commands, GradingLock lock) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.lock = lock;
    }

    @EventListener
    void on(AnswerKeyStored stored) {
        retry(GradingWaitProjection.ANSWER_KEY, stored.ref().questionId(), stored.ref().version());
    }

    @EventListener
    void on(ExamPolicyStored stored) {
        retry(GradingWaitProjection.EXAM_POLICY, stored.examId(), stored.version());
    }

    private void retry(String inputType, String inputId, int inputVersion) {
        lock.forNewInput();
        List<String> waiting = jdbc.sql("""
                        SELECT attempt_id FROM grading_wait WHERE input_type = ? AND input_id = ? AND input_version = ?
                        ORDER BY attempt_id""")
                .params(inputType, inputId, inputVersion)
                .query(String.class)
                .list();
        waiting.forEach(attemptId -> commands.sendAndWait(new GradeAttempt(attemptId)));
    }
}
