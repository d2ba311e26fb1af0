package io.certexam.bank.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.bank.question.AuthoredQuestion;
import io.certexam.bank.question.QuestionCreated;
import io.certexam.bank.question.QuestionDraftRevised;
import io.certexam.bank.question.QuestionProjection;
import io.certexam.questionimport.QuestionFingerprint;

/**
 * The fingerprint of every question's latest version, kept with the question read model (same processing
 * group, so in the command's transaction): an import finds what the bank already holds by equality.
 */
@Component
@ProcessingGroup(QuestionProjection.GROUP)
class QuestionFingerprints {

    private final JdbcClient jdbc;

    QuestionFingerprints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(QuestionCreated event) {
        store(event.questionId(), event.question());
    }

    @EventHandler
    void on(QuestionDraftRevised event) {
        store(event.questionId(), event.question());
    }

    static String of(AuthoredQuestion question) {
        return QuestionFingerprint.of(ImportedQuestions.toImported(question, 0));
    }

    /** Held until the caller's transaction ends; see {@link QuestionImport}. */
    void lockForImport() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('certexam.bank.question-import'))").query().singleValue();
    }

    /** The questions already in the bank with one of these fingerprints, by fingerprint. */
    Map<String, String> questionsWith(Collection<String> fingerprints) {
        Map<String, String> found = new HashMap<>();
        if (fingerprints.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT fingerprint, question_id FROM question_fingerprint WHERE fingerprint IN (:fingerprints)")
                .param("fingerprints", fingerprints)
                .query((rs, n) -> found.putIfAbsent(rs.getString(1), rs.getString(2)))
                .list();
        return found;
    }

    private void store(String questionId, AuthoredQuestion question) {
        jdbc.sql("""
                        INSERT INTO question_fingerprint (question_id, fingerprint) VALUES (?, ?)
                        ON CONFLICT (question_id) DO UPDATE SET fingerprint = excluded.fingerprint""")
                .params(questionId, of(question))
                .update();
    }
}
