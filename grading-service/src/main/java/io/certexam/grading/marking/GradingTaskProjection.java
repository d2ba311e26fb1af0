package io.certexam.grading.marking;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.grading.result.GradingVoided;
import io.certexam.grading.result.ItemMarked;
import io.certexam.grading.result.ItemScoreSettled;
import io.certexam.grading.result.ManualMarkingRequested;
import io.certexam.grading.result.MarkingTask;
import io.certexam.grading.result.ModerationRequired;

/**
 * The task list graders work from, kept in the marking command's transaction (a subscribing group), so a
 * grader never sees a task that is already settled or misses one that just needs moderation.
 */
@Component
@ProcessingGroup(GradingTaskProjection.GROUP)
public class GradingTaskProjection {

    public static final String GROUP = "grading-tasks";

    private final JdbcClient jdbc;

    GradingTaskProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ManualMarkingRequested event, @Timestamp Instant at) {
        for (MarkingTask task : event.tasks()) {
            jdbc.sql("""
                            INSERT INTO grading_task (task_id, attempt_id, exam_id, item_id, question_id, question_version,
                                                      max_score, response, status, marks_needed, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT DO NOTHING""")
                    .params(task.taskId(), event.attemptId(), event.examId(), task.itemId(), task.questionId(),
                            task.questionVersion(), task.maxScore(), task.response(), event.doubleMarking() ? 2 : 1,
                            java.sql.Timestamp.from(at))
                    .update();
        }
    }

    /** A mark releases the grader's claim, so the second grader (or the moderator) can take the task. */
    @EventHandler
    void on(ItemMarked event) {
        jdbc.sql("""
                        UPDATE grading_task SET marked_by = array_append(marked_by, ?), claimed_by = NULL,
                                                claim_expires_at = NULL
                        WHERE task_id = ?""")
                .params(event.graderId(), MarkingTask.idOf(event.attemptId(), event.itemId()))
                .update();
        jdbc.sql("""
                        INSERT INTO item_mark (attempt_id, item_id, grader_id, exam_id, stage, score, max_score, marked_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.attemptId(), event.itemId(), event.graderId(), event.examId(), event.stage().name(),
                        event.score(), event.maxScore(), java.sql.Timestamp.from(event.markedAt()))
                .update();
    }

    @EventHandler
    void on(ModerationRequired event) {
        jdbc.sql("UPDATE grading_task SET status = 'MODERATION' WHERE task_id = ?")
                .param(MarkingTask.idOf(event.attemptId(), event.itemId()))
                .update();
    }

    /** A voided attempt's open tasks are withdrawn. */
    @EventHandler
    void on(GradingVoided event) {
        jdbc.sql("UPDATE grading_task SET status = 'WITHDRAWN', claimed_by = NULL WHERE attempt_id = ? AND status <> 'DONE'")
                .param(event.attemptId())
                .update();
    }

    @EventHandler
    void on(ItemScoreSettled event) {
        jdbc.sql("UPDATE grading_task SET status = 'DONE', settled_score = ? WHERE task_id = ?")
                .params(event.score(), MarkingTask.idOf(event.attemptId(), event.itemId()))
                .update();
    }
}
