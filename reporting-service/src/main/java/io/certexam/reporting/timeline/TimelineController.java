package io.certexam.reporting.timeline;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.Topics;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.reporting.Identifiers;
import io.certexam.reporting.SqlTime;
import jakarta.validation.constraints.Pattern;

@RestController
class TimelineController {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    TimelineController(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @GetMapping("/api/reports/attempts/{attemptId}/timeline")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    Timeline timeline(@PathVariable @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String attemptId) {
        List<Timeline.Entry> events = jdbc.sql("""
                        SELECT occurred_at, source, type, actor, detail::text AS detail FROM attempt_timeline
                        WHERE attempt_id = ? ORDER BY occurred_at, source, kafka_offset, event_id""")
                .param(attemptId)
                .query((row, n) -> new Timeline.Entry(SqlTime.instant(row, "occurred_at"),
                        topicOf(row.getString("source")), row.getString("type"), row.getString("actor"),
                        parse(row.getString("detail"))))
                .list();
        if (events.isEmpty()) {
            throw new NotFoundException("attempt", attemptId);
        }
        return new Timeline(attemptId, events);
    }

    private static String topicOf(String source) {
        return AttemptTimeline.Source.valueOf(source) == AttemptTimeline.Source.ATTEMPT
                ? Topics.EXAM_ATTEMPTS : Topics.GRADING_RESULTS;
    }

    private JsonNode parse(String detail) {
        try {
            return json.readTree(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable timeline detail", e);
        }
    }
}
