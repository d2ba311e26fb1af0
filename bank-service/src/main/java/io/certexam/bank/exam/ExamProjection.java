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

    @EventHandler
    void on(ExamDefinitionPublished event, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE exam SET status = 'PUBLISHED', version = ?, frozen_sections = ?::jsonb,
                                        published_at = ?, updated_at = ?
                        WHERE id = ?""")
                .params(event.version(), json.write(event.sections()), utc(at), utc(at), event.examId())
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
