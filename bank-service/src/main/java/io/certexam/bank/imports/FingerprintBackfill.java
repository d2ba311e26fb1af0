package io.certexam.bank.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.bank.JsonColumns;
import io.certexam.bank.question.Answer;
import io.certexam.bank.question.AuthoredQuestion;

/**
 * Questions written before fingerprints existed get theirs at start-up, so imports also recognise them.
 * Computed in Java because the fingerprint's normalisation lives in the importer library, not in SQL.
 */
@Component
class FingerprintBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FingerprintBackfill.class);

    private final JdbcClient jdbc;
    private final JsonColumns json;

    FingerprintBackfill(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = jdbc.sql("""
                        SELECT q.id, v.content::text AS content, v.answer::text AS answer
                        FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.latest_version
                        WHERE NOT EXISTS (SELECT 1 FROM question_fingerprint f WHERE f.question_id = q.id)""")
                .query((rs, row) -> {
                    AuthoredQuestion question = json.read(rs.getString("content"), AuthoredQuestion.class)
                            .withKey(json.read(rs.getString("answer"), Answer.class));
                    return jdbc.sql("INSERT INTO question_fingerprint (question_id, fingerprint) VALUES (?, ?) "
                                    + "ON CONFLICT (question_id) DO NOTHING")
                            .params(rs.getString("id"), QuestionFingerprints.of(question))
                            .update();
                })
                .list().stream().mapToInt(Integer::intValue).sum();
        if (filled > 0) {
            log.info("Fingerprinted {} question(s) written before imports could recognise them", filled);
        }
    }
}
