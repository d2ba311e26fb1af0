package io.certexam.grading.regrade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V16 stores papers, answers and grades as json instead of jsonb: what was stored before must read the same. */
class DocumentsAsJsonMigrationTest {

    private static final String SECTIONS = "[{\"title\": \"Returns\", \"items\": [{\"itemId\": \"i-1\"}]}]";
    private static final String ANSWERS = "{\"i-1\": {\"choices\": [\"b\"]}}";
    private static final String GRADE = "{\"status\": \"GRADED\", \"score\": 1, \"items\": [{\"itemId\": \"i-1\", "
            + "\"score\": 1, \"keyRevision\": 0, \"children\": []}]}";

    @Test
    void documentsStoredAsJsonbReadTheSameAsJson() {
        ScratchDatabase database = ScratchDatabase.create("grading_v16");
        JdbcClient jdbc = database.jdbc();

        database.migrateTo("15");
        jdbc.sql("""
                INSERT INTO regrade_attempt (attempt_id, exam_id, exam_version, sections, answers, grade, revision)
                VALUES ('a-1', 'e-1', 1, ?::jsonb, ?::jsonb, ?::jsonb, 1)""").params(SECTIONS, ANSWERS, GRADE).update();
        jdbc.sql("""
                INSERT INTO result_revision (attempt_id, revision, status, score, max_score, percent, passed, items,
                                             sections, reason, revised_by, graded_at)
                VALUES ('a-1', 1, 'GRADED', 1, 1, 100, TRUE, ?::jsonb, ?::jsonb, 'graded', 'system', now())""")
                .params(GRADE, SECTIONS).update();

        database.migrateTo("16");

        assertThat(jdbc.sql("""
                        SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns
                        WHERE table_name IN ('regrade_attempt', 'result_revision') AND data_type LIKE 'json%'
                        ORDER BY 1""").query(String.class).list())
                .containsExactly("regrade_attempt.answers json", "regrade_attempt.grade json",
                        "regrade_attempt.sections json", "result_revision.items json", "result_revision.sections json");
        assertThat(jdbc.sql("""
                        SELECT sections::jsonb = ?::jsonb AND answers::jsonb = ?::jsonb AND grade::jsonb = ?::jsonb
                        FROM regrade_attempt WHERE attempt_id = 'a-1'""").params(SECTIONS, ANSWERS, GRADE)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                        SELECT items::jsonb = ?::jsonb AND sections::jsonb = ?::jsonb
                        FROM result_revision WHERE attempt_id = 'a-1'""").params(GRADE, SECTIONS)
                .query(Boolean.class).single()).isTrue();
    }
}
