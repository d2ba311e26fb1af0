package io.certexam.grading.regrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.certexam.embedded.postgres.EmbeddedPostgres;
import io.certexam.testsupport.TestInfrastructure;

/**
 * V15 moved a proposal's summary from a query over its changes into the proposal's row: proposals made before
 * the upgrade, applied or half applied, must read the same figures after it.
 */
class RegradeSummaryMigrationTest {

    @Test
    void proposalsMadeBeforeTheUpgradeKeepTheirFigures() {
        EmbeddedPostgres postgres = TestInfrastructure.postgres();
        String database = "grading_v15_" + UUID.randomUUID().toString().replace("-", "");
        postgres.createDatabaseIfMissing(database);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl(database),
                EmbeddedPostgres.SUPERUSER, "");
        JdbcClient jdbc = JdbcClient.create(dataSource);

        migrate(dataSource, "14");
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

        migrate(dataSource, "15");

        assertThat(summary(jdbc, "half")).containsEntry("attempts", 3).containsEntry("applied_attempts", 2)
                .containsEntry("score_changes", 2).containsEntry("flips_to_pass", 1).containsEntry("flips_to_fail", 1)
                .containsEntry("total_delta", "-2.00");
        assertThat(summary(jdbc, "none")).containsEntry("attempts", 0).containsEntry("applied_attempts", 0)
                .containsEntry("total_delta", "0");
    }

    private static void migrate(DriverManagerDataSource dataSource, String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform", "classpath:db/migration")
                .target(version).load().migrate();
    }

    private static Map<String, Object> summary(JdbcClient jdbc, String regradeId) {
        return jdbc.sql("""
                        SELECT attempts, applied_attempts, score_changes, flips_to_pass, flips_to_fail,
                               total_delta::text AS total_delta
                        FROM regrade_proposal WHERE regrade_id = ?""")
                .param(regradeId).query().singleRow();
    }
}
