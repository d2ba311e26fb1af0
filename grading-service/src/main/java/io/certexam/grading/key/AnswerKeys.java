package io.certexam.grading.key;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.bank.AnswerKey;

/** The answer keys received from bank-service, every revision kept. */
@Component
public class AnswerKeys {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AnswerKeys(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a key revision; storing the same revision again changes nothing. */
    void add(KeyRef ref, int keyRevision, AnswerKey key) {
        jdbc.sql("""
                        INSERT INTO answer_key (question_id, version, key_revision, key) VALUES (?, ?, ?, ?::jsonb)
                        ON CONFLICT DO NOTHING""")
                .params(ref.questionId(), ref.version(), keyRevision, toJson(key))
                .update();
    }

    /** The latest known revision of each requested key; keys not received yet are absent from the map. */
    public Map<KeyRef, AnswerKeyRevision> latest(Collection<KeyRef> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        String[] questionIds = refs.stream().map(KeyRef::questionId).toArray(String[]::new);
        Integer[] versions = refs.stream().map(KeyRef::version).toArray(Integer[]::new);
        Map<KeyRef, AnswerKeyRevision> found = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (k.question_id, k.version) k.question_id, k.version, k.key_revision, k.key
                        FROM answer_key k
                        JOIN unnest(?::varchar[], ?::int[]) AS wanted(question_id, version)
                          ON wanted.question_id = k.question_id AND wanted.version = k.version
                        ORDER BY k.question_id, k.version, k.key_revision DESC""")
                .params(questionIds, versions)
                .query((rs, row) -> new AnswerKeyRevision(new KeyRef(rs.getString("question_id"), rs.getInt("version")),
                        rs.getInt("key_revision"), fromJson(rs.getString("key"))))
                .list()
                .forEach(key -> found.put(key.ref(), key));
        return found;
    }

    public Optional<AnswerKeyRevision> revision(KeyRef ref, int keyRevision) {
        return jdbc.sql("SELECT key FROM answer_key WHERE question_id = ? AND version = ? AND key_revision = ?")
                .params(ref.questionId(), ref.version(), keyRevision)
                .query((rs, row) -> new AnswerKeyRevision(ref, keyRevision, fromJson(rs.getString("key"))))
                .optional();
    }

    private String toJson(AnswerKey key) {
        try {
            return json.writeValueAsString(key);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise answer key", e);
        }
    }

    private AnswerKey fromJson(String value) {
        try {
            return json.readValue(value, AnswerKey.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer key is unreadable", e);
        }
    }
}
