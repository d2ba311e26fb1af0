package io.certexam.bank.imports;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.bank.JsonColumns;
import io.certexam.bank.question.Answer;
import io.certexam.bank.question.AuthoredQuestion;
import io.certexam.questionimport.ImportedQuestion;

/** Reads the latest version of each question, key included, for the JSON export. */
@Component
class QuestionExport {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    QuestionExport(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param tags all of which an exported question carries (none: every question) */
    List<ImportedQuestion> latestVersions(List<String> tags) {
        return jdbc.sql("""
                        SELECT v.content::text AS content, v.answer::text AS answer
                        FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.latest_version
                        WHERE v.tags @> ?::jsonb
                        ORDER BY q.created_at, q.id""")
                .param(json.write(tags))
                .query((rs, row) -> {
                    AuthoredQuestion content = json.read(rs.getString("content"), AuthoredQuestion.class);
                    Answer key = json.read(rs.getString("answer"), Answer.class);
                    return ImportedQuestions.toImported(content.withKey(key), row + 1);
                })
                .list();
    }
}
