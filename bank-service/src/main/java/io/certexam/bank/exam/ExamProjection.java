package io.certexam.bank.exam;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.bank.JsonColumns;

/** Keeps the {@code exam} table, in the command's transaction (subscribing processor). */
@Component
@ProcessingGroup(ExamProjection.GROUP)
public class ExamProjection {

    public static final String GROUP = "exam-read-model";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ExamProjection(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ExamDefinitionCreated event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO exam (id, title, status, design, created_by, created_at, updated_at)
                        VALUES (?, ?, 'DRAFT', ?::jsonb, ?, ?, ?)""")
                .params(event.examId(), event.design().title(), json.write(event.design()), event.createdBy(),
                        utc(at), utc(at))
                .update();
    }

    /** After a publication, the design is being edited while it differs from the published version's. */
    @EventHandler
    void on(ExamDefinitionRevised event, @Timestamp Instant at) {
        String design = json.write(event.design());
        jdbc.sql("""
                        UPDATE exam SET title = ?, design = ?::jsonb, updated_at = ?,
                            editing = version IS NOT NULL AND ?::jsonb IS DISTINCT FROM
                                (SELECT v.design FROM exam_version v WHERE v.exam_id = exam.id AND v.version = exam.version)
                        WHERE id = ?""")
                .params(event.design().title(), design, utc(at), design, event.examId())
                .update();
    }

    @EventHandler
    void on(ExamDefinitionPublished event, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE exam SET status = 'PUBLISHED', version = ?, frozen_sections = ?::jsonb, editing = false,
                                        published_at = ?, updated_at = ?
                        WHERE id = ?""")
                .params(event.version(), json.write(event.sections()), utc(at), utc(at), event.examId())
                .update();
        jdbc.sql("""
                        INSERT INTO exam_version (exam_id, version, design, frozen_sections, published_by, published_at)
                        VALUES (?, ?, ?::jsonb, ?::jsonb, ?, ?)""")
                .params(event.examId(), event.version(), json.write(event.design()), json.write(event.sections()),
                        event.publishedBy(), utc(at))
                .update();
    }

    @EventHandler
    void on(ExamDefinitionRetired event, @Timestamp Instant at) {
        jdbc.sql("UPDATE exam SET status = 'RETIRED', retired_at = ?, updated_at = ? WHERE id = ?")
                .params(utc(at), utc(at), event.examId())
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
