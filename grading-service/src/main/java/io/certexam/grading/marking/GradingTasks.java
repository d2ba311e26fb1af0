package io.certexam.grading.marking;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.contracts.bank.AnswerKey;
import io.certexam.grading.exam.ExamQuestions;
import io.certexam.grading.key.AnswerKeyRevision;
import io.certexam.grading.key.AnswerKeys;
import io.certexam.grading.key.KeyRef;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.problem.RuleViolationException;

/** The task list and its claims. A claim keeps other graders off a task until it expires or is released. */
@Component
class GradingTasks {

    private static final String COLUMNS = """
            task_id, attempt_id, item_id, question_id, question_version, max_score, response, status, marks_needed,
            marked_by, claimed_by, claim_expires_at, created_at""";

    private final JdbcClient jdbc;
    private final AnswerKeys keys;
    private final ExamQuestions questions;
    private final Duration claimDuration;

    GradingTasks(JdbcClient jdbc, AnswerKeys keys, ExamQuestions questions,
                 @Value("${certexam.grading.claim-duration:30m}") Duration claimDuration) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.questions = questions;
        this.claimDuration = claimDuration;
    }

    /** Tasks this grader may mark now, oldest first: not settled, not marked by them, not claimed by someone else. */
    List<TaskView> open(String graderId, String status, String examId, int limit, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM grading_task
                        WHERE status = ? AND (CAST(? AS VARCHAR) IS NULL OR exam_id = ?) AND NOT (? = ANY (marked_by))
                          AND (claimed_by IS NULL OR claimed_by = ? OR claim_expires_at < ?)
                        ORDER BY created_at, task_id LIMIT ?""")
                .params(status, examId, examId, graderId, graderId, Timestamp.from(now), limit)
                .query((rs, n) -> row(rs))
                .list().stream().map(this::view).toList();
    }

    TaskView get(String taskId) {
        return view(find(taskId));
    }

    TaskView claim(String taskId, String graderId, Instant now) {
        int claimed = jdbc.sql("""
                        UPDATE grading_task SET claimed_by = ?, claim_expires_at = ?
                        WHERE task_id = ? AND status <> 'DONE' AND NOT (? = ANY (marked_by))
                          AND (claimed_by IS NULL OR claimed_by = ? OR claim_expires_at < ?)""")
                .params(graderId, Timestamp.from(now.plus(claimDuration)), taskId, graderId, graderId,
                        Timestamp.from(now))
                .update();
        if (claimed == 0) {
            throw whyNot(find(taskId), graderId, now);
        }
        return get(taskId);
    }

    void release(String taskId, String graderId) {
        int released = jdbc.sql("UPDATE grading_task SET claimed_by = NULL, claim_expires_at = NULL WHERE task_id = ? AND claimed_by = ?")
                .params(taskId, graderId)
                .update();
        if (released == 0) {
            find(taskId);
            throw new RuleViolationException("not-your-claim", "you do not hold a claim on this task");
        }
    }

    /** Before a mark: the task must be open to this grader (claimed by them, or claimable). */
    Row requireMarkable(String taskId, String graderId, Instant now) {
        Row row = find(taskId);
        if (!markable(row, graderId, now)) {
            throw whyNot(row, graderId, now);
        }
        return row;
    }

    private static boolean markable(Row row, String graderId, Instant now) {
        return !"DONE".equals(row.status()) && !row.markedBy().contains(graderId)
                && (row.claimedBy() == null || row.claimedBy().equals(graderId) || row.claimExpiresAt().isBefore(now));
    }

    private static RuntimeException whyNot(Row row, String graderId, Instant now) {
        if ("DONE".equals(row.status())) {
            return new RuleViolationException("task-done", "this task's score is settled");
        }
        if (row.markedBy().contains(graderId)) {
            return new RuleViolationException("already-marked-by-you", "you marked this item already; another grader "
                    + ("MODERATION".equals(row.status()) ? "moderates it" : "gives the second mark"));
        }
        return new RuleViolationException("task-claimed", "another grader holds this task until " + row.claimExpiresAt());
    }

    private Row find(String taskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM grading_task WHERE task_id = ?")
                .param(taskId)
                .query((rs, n) -> row(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("grading task", taskId));
    }

    private TaskView view(Row row) {
        Optional<AnswerKey> key = keyOf(row);
        List<TaskView.EarlierMark> earlier = "MODERATION".equals(row.status())
                ? jdbc.sql("SELECT grader_id, stage, score FROM item_mark WHERE attempt_id = ? AND item_id = ? ORDER BY marked_at")
                        .params(row.attemptId(), row.itemId())
                        .query((rs, n) -> new TaskView.EarlierMark(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                        .list()
                : List.of();
        return new TaskView(row.taskId(), row.attemptId(), row.itemId(), row.questionId(), row.questionVersion(),
                questions.stem(row.questionId(), row.questionVersion(), row.itemId()).orElse(null),
                key.map(AnswerKey::referenceAnswer).orElse(null),
                key.map(AnswerKey::rubric).orElse(List.of()), row.response(), row.maxScore(), row.status(),
                nextStage(row), earlier, row.claimedBy(), row.claimExpiresAt(), row.createdAt());
    }

    private static String nextStage(Row row) {
        if ("MODERATION".equals(row.status())) {
            return "MODERATION";
        }
        if (row.marksNeeded() == 1) {
            return "SINGLE";
        }
        return row.markedBy().isEmpty() ? "FIRST" : "SECOND";
    }

    private Optional<AnswerKey> keyOf(Row row) {
        KeyRef ref = new KeyRef(row.questionId(), row.questionVersion());
        AnswerKeyRevision revision = keys.latest(Set.of(ref)).get(ref);
        if (revision == null) {
            return Optional.empty();
        }
        if (row.itemId().equals(row.questionId()) || revision.key().children() == null) {
            return Optional.of(revision.key());
        }
        return revision.key().children().stream().filter(child -> row.itemId().equals(child.itemId())).findFirst();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Array markedBy = rs.getArray("marked_by");
        return new Row(rs.getString("task_id"), rs.getString("attempt_id"), rs.getString("item_id"),
                rs.getString("question_id"), rs.getInt("question_version"), rs.getBigDecimal("max_score"),
                rs.getString("response"), rs.getString("status"), rs.getInt("marks_needed"),
                markedBy == null ? List.of() : Arrays.asList((String[]) markedBy.getArray()),
                rs.getString("claimed_by"), instant(rs, "claim_expires_at"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    record Row(String taskId, String attemptId, String itemId, String questionId, int questionVersion,
               BigDecimal maxScore, String response, String status, int marksNeeded, List<String> markedBy,
               String claimedBy, Instant claimExpiresAt, Instant createdAt) {
    }
}
