package io.certexam.bank.question;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.bank.JsonColumns;

/**
 * Keeps the {@code question}, {@code question_version} and {@code question_key_correction} tables. Runs in a
 * subscribing processor, inside the transaction of the command that caused the event, so reads right after a
 * write see it.
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
        saveDraft(event.questionId(), event.version(), event.question(), event.createdBy(), at);
    }

    @EventHandler
    void on(QuestionDraftRevised event, @Timestamp Instant at) {
        saveDraft(event.questionId(), event.version(), event.question(), event.revisedBy(), at);
        jdbc.sql("UPDATE question SET status = 'DRAFT', latest_version = ?, updated_at = ? WHERE id = ?")
                .params(event.version(), utc(at), event.questionId())
                .update();
    }

    @EventHandler
    void on(QuestionVersionPublished event, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE question_version SET status = 'PUBLISHED', published_at = ?, published_by = ?, updated_at = ?
                        WHERE question_id = ? AND version = ?""")
                .params(utc(at), event.publishedBy(), utc(at), event.questionId(), event.version())
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
                .params(json.write(event.question().key()), event.keyRevision(), utc(at), event.questionId(),
                        event.version())
                .update();
        List<String> changedChildren = QuestionRules.changedChildren(event.question().withKey(event.previousAnswer()),
                event.question());
        jdbc.sql("""
                        INSERT INTO question_key_correction (question_id, version, key_revision, reason, corrected_by,
                                                             corrected_at, changed_children)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(event.questionId(), event.version(), event.keyRevision(), event.reason(), event.correctedBy(),
                        utc(at), json.write(changedChildren))
                .update();
    }

    @EventHandler
    void on(QuestionWithdrawn event, @Timestamp Instant at) {
        jdbc.sql("UPDATE question SET status = 'RETIRED', retired_at = ?, retired_by = ?, updated_at = ? WHERE id = ?")
                .params(utc(at), event.retiredBy(), utc(at), event.questionId())
                .update();
    }

    /** Content and key are stored apart, so candidate-facing content is read without touching the key. */
    private void saveDraft(String questionId, int version, AuthoredQuestion question, String author, Instant at) {
        jdbc.sql("""
                        INSERT INTO question_version (question_id, version, status, type, tags, difficulty, content,
                                                      answer, search_text, author, created_at, updated_at)
                        VALUES (?, ?, 'DRAFT', ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)
                        ON CONFLICT (question_id, version) DO UPDATE SET
                            type = excluded.type, tags = excluded.tags, difficulty = excluded.difficulty,
                            content = excluded.content, answer = excluded.answer, search_text = excluded.search_text,
                            author = excluded.author, updated_at = excluded.updated_at""")
                .params(questionId, version, question.type().name(), json.write(question.tags()),
                        question.difficulty(), json.write(question.withoutKey()), json.write(question.key()),
                        searchText(question), author, utc(at), utc(at))
                .update();
    }

    /** What {@code q} searches: the stem and option texts, a scenario's children's included. */
    static String searchText(AuthoredQuestion question) {
        List<String> texts = new ArrayList<>();
        collectTexts(question, texts);
        return String.join("\n", texts);
    }

    private static void collectTexts(AuthoredQuestion question, List<String> texts) {
        texts.add(question.stem());
        if (question.options() != null) {
            question.options().forEach(option -> texts.add(option.text()));
        }
        if (question.children() != null) {
            question.children().forEach(child -> collectTexts(child, texts));
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
