package io.certexam.grading.regrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V15 moved a proposal's summary from a query over its changes into the proposal's row: proposals made before
 * the upgrade, applied or half applied, must read the same figures after it.
 */
class RegradeSummaryMigrationTest {

    @Test
    void proposalsMadeBeforeTheUpgradeKeepTheirFigures() {
        ScratchDatabase database = ScratchDatabase.create("grading_v15");
        JdbcClient jdbc = database.jdbc();

        database.migrateTo("14");
        jdbc.sql("""
                INSERT INTO regrade_proposal (regrade_id, question_id, version, key_revision, reason, proposed_by,
                                              proposed_at, status)
                VALUES ('half', 'q-1', 1, 1, 'typo in the key', 'author-1', now(), 'APPLYING'),
                       ('none', 'q-2', 1, 1, 'nobody sat it', 'author-1', now(), 'PROPOSED')""").update();
        jdbc.sql("""
                INSERT INTO regrade_change (regrade_id, attempt_id, old_score, new_score, max_score, old_passed,
                                            new_passed, applied)
                VALUES ('half', 'a-1', 3.00, 5.00, 5, FALSE, TRUE, TRUE),
                       ('half', 'a-2', 5.00, 1.00, 5, TRUE, FALSE, FALSE),
                       ('half', 'a-3', 2.00, 2.00, 5, FALSE, FALSE, TRUE)""").update();

        database.migrateTo("15");

        assertThat(summary(jdbc, "half")).containsEntry("attempts", 3).containsEntry("applied_attempts", 2)
                .containsEntry("score_changes", 2).containsEntry("flips_to_pass", 1).containsEntry("flips_to_fail", 1)
                .containsEntry("total_delta", "-2.00");
        assertThat(summary(jdbc, "none")).containsEntry("attempts", 0).containsEntry("applied_attempts", 0)
                .containsEntry("total_delta", "0");
    }

    private static Map<String, Object> summary(JdbcClient jdbc, String regradeId) {
        return jdbc.sql("""
                        SELECT attempts, applied_attempts, score_changes, flips_to_pass, flips_to_fail,
                               total_delta::text AS total_delta
                        FROM regrade_proposal WHERE regrade_id = ?""")
                .param(regradeId).query().singleRow();
    }
}
