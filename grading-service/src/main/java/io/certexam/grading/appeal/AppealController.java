package io.certexam.grading.appeal;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.grading.result.DecideAppeal;
import io.certexam.grading.result.FileAppeal;
import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.security.Actor;
import io.certexam.platform.security.Role;

/**
 * Candidates appeal an item of their FINAL result (within {@code APPEAL_WINDOW}, default 14 days); graders
 * uphold with a new score or reject, always with a reason.
 */
@RestController
class AppealController {

    private static final String SELECT = """
            SELECT appeal_id, attempt_id, exam_id, item_id, question_id, question_version, current_score, max_score,
                   reason, filed_at, status, new_score, decision_reason, decided_by, decided_at, key_correction_suggested
            FROM appeal""";

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration window;

    AppealController(CommandGateway commands, JdbcClient jdbc, Clock clock,
                     @Value("${certexam.grading.appeal-window:14d}") Duration window) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
    }

    @PostMapping("/api/results/{attemptId}/appeals")
    @PreAuthorize("hasRole('CANDIDATE')")
    ResponseEntity<AppealView> file(@PathVariable String attemptId, @RequestBody AppealRequest request, Actor candidate) {
        if (request.itemId() == null || request.itemId().isBlank()) {
            throw new InvalidInputException("itemId", "required");
        }
        String appealId = UUID.randomUUID().toString();
        commands.sendAndWait(new FileAppeal(attemptId, appealId, request.itemId(), candidate.id(), request.reason(),
                window, clock.instant()));
        return ResponseEntity.created(URI.create("/api/appeals/" + appealId)).body(find(appealId));
    }

    /** The candidate's own appeals on an attempt (others get an empty list, as if there were none). */
    @GetMapping("/api/results/{attemptId}/appeals")
    @PreAuthorize("hasAnyRole('CANDIDATE', 'GRADER', 'ADMIN', 'AUDITOR')")
    List<AppealView> ofAttempt(@PathVariable String attemptId, Actor actor) {
        if (!actor.hasAny(Role.GRADER, Role.ADMIN, Role.AUDITOR) && !ownsAttempt(actor.id(), attemptId)) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE attempt_id = ? ORDER BY filed_at").param(attemptId)
                .query((rs, n) -> view(rs)).list();
    }

    @GetMapping("/api/appeals")
    @PreAuthorize("hasAnyRole('GRADER', 'ADMIN')")
    List<AppealView> list(@RequestParam(defaultValue = "OPEN") String status) {
        if (!List.of("OPEN", "UPHELD", "REJECTED").contains(status)) {
            throw new InvalidInputException("status", "must be OPEN, UPHELD or REJECTED");
        }
        return jdbc.sql(SELECT + " WHERE status = ? ORDER BY filed_at LIMIT 500").param(status)
                .query((rs, n) -> view(rs)).list();
    }

    @PostMapping("/api/appeals/{appealId}/decision")
    @PreAuthorize("hasRole('GRADER')")
    AppealView decide(@PathVariable String appealId, @RequestBody DecisionRequest request, Actor grader) {
        if (request.upheld() == null) {
            throw new InvalidInputException("upheld", "true or false is required");
        }
        AppealView appeal = find(appealId);
        commands.sendAndWait(new DecideAppeal(appeal.attemptId(), appealId, grader.id(), request.upheld(),
                request.newScore(), request.reason(), Boolean.TRUE.equals(request.suggestKeyCorrection()),
                clock.instant()));
        return find(appealId);
    }

    private boolean ownsAttempt(String candidateId, String attemptId) {
        return jdbc.sql("SELECT count(*) FROM result WHERE attempt_id = ? AND candidate_id = ?")
                .params(attemptId, candidateId).query(Integer.class).single() > 0;
    }

    private AppealView find(String appealId) {
        return jdbc.sql(SELECT + " WHERE appeal_id = ?").param(appealId).query((rs, n) -> view(rs)).optional()
                .orElseThrow(() -> new NotFoundException("appeal", appealId));
    }

    private static AppealView view(ResultSet rs) throws SQLException {
        return new AppealView(rs.getString("appeal_id"), rs.getString("attempt_id"), rs.getString("exam_id"),
                rs.getString("item_id"), rs.getString("question_id"), rs.getInt("question_version"),
                rs.getBigDecimal("current_score"), rs.getBigDecimal("max_score"), rs.getString("reason"),
                instant(rs, "filed_at"), rs.getString("status"), rs.getBigDecimal("new_score"),
                rs.getString("decision_reason"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getBoolean("key_correction_suggested"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    record AppealRequest(String itemId, String reason) {
    }

    record DecisionRequest(Boolean upheld, BigDecimal newScore, String reason, Boolean suggestKeyCorrection) {
    }
}
