package io.certexam.exam.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamRetired;

/**
 * The exam versions received from the bank. A version is immutable once stored, so parsed versions are
 * cached: on exam day every start and every attempt view needs one, and there are few of them.
 */
@Repository
public class PublishedExams {

    static final String PUBLISHED = "PUBLISHED";
    static final String RETIRED = "RETIRED";

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;
    private final Map<String, ExamPublished> versions = new ConcurrentHashMap<>();

    public PublishedExams(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /** Stores a new version; a version already stored is never overwritten. */
    void record(ExamPublished exam) {
        jdbc.sql("""
                        INSERT INTO published_exam (exam_id, version, title, status, available_from, available_until,
                                                    published_at, content)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (exam_id, version) DO NOTHING""")
                .params(exam.examId(), exam.version(), exam.title() == null ? "" : exam.title(), PUBLISHED,
                        timestamp(exam.availableFrom()), timestamp(exam.availableUntil()), timestamp(exam.publishedAt()),
                        toJson(exam))
                .update();
    }

    /** Retires the given version and any older one; a newer version published later is offered again. */
    void retire(ExamRetired retired) {
        jdbc.sql("""
                        UPDATE published_exam SET status = ?, retired_at = ?
                        WHERE exam_id = ? AND version <= ? AND status <> ?""")
                .params(RETIRED, timestamp(retired.retiredAt()), retired.examId(), retired.version(), RETIRED)
                .update();
    }

    /** The newest version, retired or not: what a new attempt would be started on. */
    public Optional<CatalogExam> latest(String examId) {
        return jdbc.sql("""
                        SELECT exam_id, version, status FROM published_exam
                        WHERE exam_id = ? ORDER BY version DESC LIMIT 1""")
                .param(examId)
                .query((rs, n) -> new CatalogExam(version(rs.getString("exam_id"), rs.getInt("version")).orElseThrow(),
                        RETIRED.equals(rs.getString("status"))))
                .optional();
    }

    /** Exams whose newest version is not retired, by title. */
    List<ExamPublished> offered() {
        return jdbc.sql("""
                        SELECT exam_id, version FROM (
                            SELECT DISTINCT ON (exam_id) exam_id, version, status, title FROM published_exam
                            ORDER BY exam_id, version DESC) newest
                        WHERE status <> ? ORDER BY title, exam_id""")
                .param(RETIRED)
                .query((rs, n) -> version(rs.getString("exam_id"), rs.getInt("version")).orElseThrow())
                .list();
    }

    /** One exact version, e.g. the one an attempt's paper was drawn from. */
    public Optional<ExamPublished> version(String examId, int version) {
        String key = examId + "\u0000" + version;
        ExamPublished cached = versions.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ExamPublished> loaded = jdbc.sql("SELECT content FROM published_exam WHERE exam_id = ? AND version = ?")
                .params(examId, version)
                .query((rs, n) -> fromJson(rs.getString("content")))
                .optional();
        loaded.ifPresent(exam -> versions.put(key, exam));
        return loaded;
    }

    private String toJson(ExamPublished exam) {
        try {
            return objectMapper.writeValueAsString(exam);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise exam " + exam.examId(), e);
        }
    }

    private ExamPublished fromJson(String json) {
        try {
            return objectMapper.readValue(json, ExamPublished.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored exam content is unreadable", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
