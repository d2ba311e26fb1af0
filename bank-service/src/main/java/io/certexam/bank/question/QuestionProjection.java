package io.certexam.bank.question;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.bank.JsonColumns;

/**
 * Keeps the {@code question} and {@code question_version} tables. Runs in a subscribing processor, inside
 * the transaction of the command that caused the event, so reads right after a write see it.
 */
@Component
@ProcessingGroup(QuestionProjection.GROUP)
public class QuestionProjection {

    public static final String GROUP = "question-read-model";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    QuestionProjection(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(QuestionCreated event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO question (id, status, latest_version, created_by, created_at, updated_at)
                        VALUES (?, 'DRAFT', ?, ?, ?, ?)""")
                .params(event.questionId(), event.version(), event.createdBy(), utc(at), utc(at))
                .update();
        saveDraft(event.questionId(), event.version(), event.question(), at);
    }

    @EventHandler
    void on(QuestionDraftRevised event, @Timestamp Instant at) {
        saveDraft(event.questionId(), event.version(), event.question(), at);
        jdbc.sql("UPDATE question SET status = 'DRAFT', latest_version = ?, updated_at = ? WHERE id = ?")
                .params(event.version(), utc(at), event.questionId())
                .update();
    }

    @EventHandler
    void on(QuestionVersionPublished event, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE question_version SET status = 'PUBLISHED', published_at = ?, updated_at = ?
                        WHERE question_id = ? AND version = ?""")
                .params(utc(at), utc(at), event.questionId(), event.version())
                .update();
        jdbc.sql("UPDATE question SET status = 'PUBLISHED', published_version = ?, updated_at = ? WHERE id = ?")
                .params(event.version(), utc(at), event.questionId())
                .update();
    }

    @EventHandler
    void on(QuestionKeyCorrected event, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE question_version SET answer = ?::jsonb, key_revision = ?, updated_at = ?
                        WHERE question_id = ? AND version = ?""")
                .params(json.write(event.question().answer()), event.keyRevision(), utc(at), event.questionId(),
                        event.version())
                .update();
    }

    @EventHandler
    void on(QuestionWithdrawn event, @Timestamp Instant at) {
        jdbc.sql("UPDATE question SET status = 'RETIRED', updated_at = ? WHERE id = ?")
                .params(utc(at), event.questionId())
                .update();
    }

    private void saveDraft(String questionId, int version, AuthoredQuestion question, Instant at) {
        jdbc.sql("""
                        INSERT INTO question_version (question_id, version, status, type, tags, difficulty, content,
                                                      answer, updated_at)
                        VALUES (?, ?, 'DRAFT', ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?)
                        ON CONFLICT (question_id, version) DO UPDATE SET
                            type = excluded.type, tags = excluded.tags, difficulty = excluded.difficulty,
                            content = excluded.content, answer = excluded.answer, updated_at = excluded.updated_at""")
                .params(questionId, version, question.type().name(), json.write(question.tags()),
                        question.difficulty(), json.write(question.withAnswer(null)), json.write(question.answer()),
                        utc(at))
                .update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
