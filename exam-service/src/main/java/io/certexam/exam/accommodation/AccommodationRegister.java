package io.certexam.exam.accommodation;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accommodation in force per exam and candidate, written in the granting command's transaction, so an
 * attempt started right after a grant already gets the time.
 */
@Component
@ProcessingGroup(AccommodationRegister.NAME)
public class AccommodationRegister {

    public static final String NAME = "accommodation-register";

    private final JdbcClient jdbc;

    AccommodationRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccommodationGranted event) {
        jdbc.sql("""
                        INSERT INTO accommodation (exam_id, candidate_id, extra_percent, extra_minutes, reason,
                                                   granted_by, granted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (exam_id, candidate_id) DO UPDATE SET extra_percent = excluded.extra_percent,
                            extra_minutes = excluded.extra_minutes, reason = excluded.reason,
                            granted_by = excluded.granted_by, granted_at = excluded.granted_at""")
                .params(event.examId(), event.candidateId(), event.extraPercent(), event.extraMinutes(), event.reason(),
                        event.grantedBy(), Timestamp.from(event.grantedAt()))
                .update();
    }

    /** The extra minutes on an exam of {@code timeLimitMinutes}: the percentage rounded up, plus the minutes. */
    public int extraMinutes(String examId, String candidateId, int timeLimitMinutes) {
        return find(examId, candidateId)
                .map(a -> a.extraMinutes() + (int) Math.ceil(timeLimitMinutes * a.extraPercent() / 100.0))
                .orElse(0);
    }

    Optional<AccommodationView> find(String examId, String candidateId) {
        return jdbc.sql(SELECT + " WHERE exam_id = ? AND candidate_id = ?")
                .params(examId, candidateId)
                .query(AccommodationView.class)
                .optional();
    }

    List<AccommodationView> ofExam(String examId) {
        return jdbc.sql(SELECT + " WHERE exam_id = ? ORDER BY candidate_id")
                .param(examId)
                .query(AccommodationView.class)
                .list();
    }

    private static final String SELECT = """
            SELECT exam_id, candidate_id, extra_percent, extra_minutes, reason, granted_by, granted_at
            FROM accommodation""";
}
