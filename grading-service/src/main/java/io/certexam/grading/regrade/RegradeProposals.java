package io.certexam.grading.regrade;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.certexam.grading.key.AnswerKeyCorrectionStored;
import io.certexam.grading.key.AnswerKeyRevision;
import io.certexam.grading.key.AnswerKeys;
import io.certexam.grading.key.KeyRef;
import io.certexam.grading.result.GradingLock;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.problem.RuleViolationException;

/**
 * Regrade proposals: a key correction never changes a score by itself; it creates a proposal that lists
 * what would change, and an administrator applies it.
 */
@Component
class RegradeProposals {

    static final String PROPOSED = "PROPOSED";
    static final String APPLYING = "APPLYING";
    static final String APPLIED = "APPLIED";
    private static final int CHANGES_PER_INSERT = 1000;

    private final JdbcClient jdbc;
    private final AnswerKeys keys;
    private final RegradeCalculator calculator;
    private final GradingLock lock;
    private final Clock clock;

    RegradeProposals(JdbcClient jdbc, AnswerKeys keys, RegradeCalculator calculator, GradingLock lock, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.calculator = calculator;
        this.lock = lock;
        this.clock = clock;
    }

    /**
     * In the transaction that stored the corrected key, after taking the grading lock: every attempt graded
     * before it is in the index, and every attempt graded after it used the new key already. The id is the
     * correction's, so a redelivered correction proposes nothing twice. The author who corrected the key is
     * its proposer: another person applies it.
     */
    @EventListener
    void on(AnswerKeyCorrectionStored corrected) {
        lock.forNewInput();
        AnswerKeyRevision key = keys.revision(corrected.ref(), corrected.keyRevision()).orElseThrow();
        String id = corrected.ref().questionId() + ":v" + corrected.ref().version() + ":k" + corrected.keyRevision();
        create(id, key, corrected.reason() == null ? "answer key corrected" : corrected.reason(),
                corrected.correctedBy() == null ? "system" : corrected.correctedBy(),
                corrected.correctedAt() == null ? clock.instant() : corrected.correctedAt());
    }

    /** A proposal an administrator makes by hand (after an appeal, say) with the newest key of a question version. */
    @Transactional
    String propose(KeyRef ref, String reason, String proposedBy) {
        AnswerKeyRevision key = keys.latest(List.of(ref)).get(ref);
        if (key == null) {
            throw new NotFoundException("answer key", ref.questionId() + " v" + ref.version());
        }
        String id = UUID.randomUUID().toString();
        create(id, key, reason, proposedBy, clock.instant());
        return id;
    }

    private void create(String id, AnswerKeyRevision key, String reason, String proposedBy, Instant at) {
        int created = jdbc.sql("""
                        INSERT INTO regrade_proposal (regrade_id, question_id, version, key_revision, reason, proposed_by,
                                                      proposed_at, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'PROPOSED') ON CONFLICT DO NOTHING""")
                .params(id, key.ref().questionId(), key.ref().version(), key.keyRevision(), reason, proposedBy,
                        Timestamp.from(at))
                .update();
        if (created == 0) {
            return;
        }
        List<RegradeChange> page = new ArrayList<>(CHANGES_PER_INSERT);
        calculator.changes(key, change -> {
            page.add(change);
            if (page.size() == CHANGES_PER_INSERT) {
                insertChanges(id, page);
                page.clear();
            }
        });
        insertChanges(id, page);
        summarize(id);
        refreshPlannerStatistics();
    }

    /** Once, when the changes are in: they never change, and the status is read every second while applying. */
    private void summarize(String id) {
        jdbc.sql("""
                        UPDATE regrade_proposal p
                        SET attempts = s.attempts, score_changes = s.score_changes, flips_to_pass = s.flips_to_pass,
                            flips_to_fail = s.flips_to_fail, total_delta = s.total_delta
                        FROM (SELECT count(*) AS attempts,
                                     count(*) FILTER (WHERE new_score <> old_score) AS score_changes,
                                     count(*) FILTER (WHERE NOT old_passed AND new_passed) AS flips_to_pass,
                                     count(*) FILTER (WHERE old_passed AND NOT new_passed) AS flips_to_fail,
                                     coalesce(sum(new_score - old_score), 0) AS total_delta
                              FROM regrade_change WHERE regrade_id = ?) s
                        WHERE p.regrade_id = ?""")
                .params(id, id)
                .update();
    }

    /**
     * A proposal can add 100,000 rows to a table the planner last saw nearly empty. Until autovacuum analyzes it,
     * each step of applying marked its attempts with a scan over all of the proposal's rows instead of a primary
     * key lookup (12 ms instead of 1 ms per page of 20 in a 10,000-attempt regrade; proportionally worse at
     * 100,000). ANALYZE samples at most 30,000 rows, once per proposal, and commits with the rows it describes.
     */
    private void refreshPlannerStatistics() {
        jdbc.sql("ANALYZE regrade_change").update();
    }

    /**
     * One statement per page of changes instead of one per attempt: the proposal is made in the transaction that
     * holds the grading lock exclusively, so every round trip saved here is grading that is not held up.
     */
    private void insertChanges(String id, List<RegradeChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO regrade_change (regrade_id, attempt_id, old_score, new_score, max_score, old_passed,
                                                    new_passed)
                        SELECT ?, * FROM unnest(?::varchar[], ?::varchar[]::numeric[], ?::varchar[]::numeric[],
                                                ?::varchar[]::numeric[], ?::boolean[], ?::boolean[])""")
                .params(id, changes.stream().map(RegradeChange::attemptId).toArray(String[]::new),
                        decimals(changes, RegradeChange::oldScore), decimals(changes, RegradeChange::newScore),
                        decimals(changes, RegradeChange::maxScore),
                        changes.stream().map(RegradeChange::oldPassed).toArray(Boolean[]::new),
                        changes.stream().map(RegradeChange::newPassed).toArray(Boolean[]::new))
                .update();
    }

    /** As text, which PostgreSQL casts to numeric exactly, so no driver-side numeric array type is involved. */
    private static String[] decimals(List<RegradeChange> changes, Function<RegradeChange, BigDecimal> field) {
        return changes.stream().map(field).map(BigDecimal::toPlainString).toArray(String[]::new);
    }

    /**
     * Starts applying. Four eyes: whoever proposed it may not apply it. Applying an applied proposal, or one
     * being applied, changes nothing.
     */
    @Transactional
    Proposal startApplying(String id, String adminId) {
        Proposal proposal = find(id);
        if (!PROPOSED.equals(proposal.status())) {
            return proposal;
        }
        if (proposal.proposedBy().equals(adminId)) {
            throw new RuleViolationException("four-eyes-required",
                    "you proposed this regrade; another administrator has to apply it");
        }
        jdbc.sql("UPDATE regrade_proposal SET status = 'APPLYING', applied_by = ?, applied_at = ? WHERE regrade_id = ? AND status = 'PROPOSED'")
                .params(adminId, Timestamp.from(clock.instant()), id)
                .update();
        return find(id);
    }

    Proposal find(String id) {
        return jdbc.sql(SELECT + " WHERE regrade_id = ?")
                .param(id)
                .query((rs, n) -> proposal(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("regrade", id));
    }

    List<Proposal> newestFirst(int limit) {
        return jdbc.sql(SELECT + " ORDER BY proposed_at DESC, regrade_id LIMIT ?")
                .param(limit)
                .query((rs, n) -> proposal(rs))
                .list();
    }

    List<RegradeChange> changes(String id, int page, int size) {
        return jdbc.sql("""
                        SELECT attempt_id, old_score, new_score, max_score, old_passed, new_passed FROM regrade_change
                        WHERE regrade_id = ? ORDER BY attempt_id LIMIT ? OFFSET ?""")
                .params(id, size, (long) page * size)
                .query((rs, n) -> new RegradeChange(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBoolean(5), rs.getBoolean(6)))
                .list();
    }

    List<String> applying() {
        return jdbc.sql("SELECT regrade_id FROM regrade_proposal WHERE status = 'APPLYING'").query(String.class).list();
    }

    /**
     * The next attempts not applied yet after {@code afterAttemptId}, in attempt id order: a keyset walk along the
     * primary key, so each page costs the same however many attempts the proposal holds, and attempts handed out
     * earlier in the same pass are not handed out again while they are still in flight.
     */
    List<String> pendingAttempts(String id, String afterAttemptId, int limit) {
        return jdbc.sql("""
                        SELECT attempt_id FROM regrade_change WHERE regrade_id = ? AND attempt_id > ? AND NOT applied
                        ORDER BY attempt_id LIMIT ?""")
                .params(id, afterAttemptId, limit)
                .query(String.class)
                .list();
    }

    /**
     * Called in the transaction that regraded these attempts, so progress and effect commit together. The count
     * on the proposal is its last statement: chunks in parallel queue for that row only while committing.
     */
    void markApplied(String id, List<String> attemptIds) {
        int marked = jdbc.sql("UPDATE regrade_change SET applied = TRUE WHERE regrade_id = ? AND attempt_id = ANY (?) AND NOT applied")
                .params(id, attemptIds.toArray(String[]::new))
                .update();
        if (marked > 0) {
            jdbc.sql("UPDATE regrade_proposal SET applied_attempts = applied_attempts + ? WHERE regrade_id = ?")
                    .params(marked, id)
                    .update();
        }
    }

    /** APPLIED once no attempt is left; returns whether it is. */
    boolean finish(String id) {
        return jdbc.sql("""
                        UPDATE regrade_proposal SET status = 'APPLIED', finished_at = ? WHERE regrade_id = ? AND status = 'APPLYING'
                        AND NOT EXISTS (SELECT 1 FROM regrade_change c WHERE c.regrade_id = ? AND NOT c.applied)""")
                .params(Timestamp.from(clock.instant()), id, id)
                .update() == 1;
    }

    private static final String SELECT = """
            SELECT regrade_id, question_id, version, key_revision, reason, proposed_by, proposed_at, status, applied_by,
                   applied_at, finished_at, attempts, applied_attempts, flips_to_pass, flips_to_fail, score_changes,
                   total_delta
            FROM regrade_proposal""";

    private static Proposal proposal(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Proposal(rs.getString("regrade_id"), rs.getString("question_id"), rs.getInt("version"),
                rs.getInt("key_revision"), rs.getString("reason"), rs.getString("proposed_by"),
                instant(rs, "proposed_at"), rs.getString("status"), rs.getString("applied_by"),
                instant(rs, "applied_at"), instant(rs, "finished_at"), rs.getInt("attempts"),
                rs.getInt("applied_attempts"), rs.getInt("score_changes"), rs.getInt("flips_to_pass"),
                rs.getInt("flips_to_fail"), rs.getBigDecimal("total_delta"));
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                .orElse(null);
    }

    /** A proposal with its totals: how many attempts, how many already applied, score changes and flips. */
    record Proposal(String regradeId, String questionId, int version, int keyRevision, String reason, String proposedBy,
                    Instant proposedAt, String status, String appliedBy, Instant appliedAt, Instant finishedAt,
                    int attempts, int appliedAttempts, int scoreChanges, int flipsToPass, int flipsToFail,
                    BigDecimal totalScoreDelta) {
    }
}
