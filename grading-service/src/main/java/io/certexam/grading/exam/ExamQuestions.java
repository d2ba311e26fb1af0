package io.certexam.grading.exam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.grading.key.KeyRef;

/** The stems graders read, from the published exams (a question version never changes). */
@Component
public class ExamQuestions {

    /** More question versions than a bank holds; past it, tags are read from the database each time. */
    static final int REMEMBERED_QUESTIONS = 20_000;

    private final JdbcClient jdbc;
    /**
     * Tags of question versions read once: every published result asks for its paper's 30, and a version's tags
     * never change. Only tags found are remembered, so a question whose content arrives later is still found.
     */
    private final Map<KeyRef, List<String>> knownTags = new ConcurrentHashMap<>();

    ExamQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ExamQuestion question) {
        if (question.content() != null) {
            add(question.questionId(), question.version(), question.questionId(), question.content());
        }
    }

    private void add(String questionId, int version, String itemId, QuestionContent content) {
        if (content.stem() != null) {
            String[] tags = content.tags() == null ? new String[0] : content.tags().toArray(String[]::new);
            jdbc.sql("""
                            INSERT INTO exam_question (question_id, version, item_id, stem, tags) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT DO NOTHING""")
                    .params(questionId, version, itemId, content.stem(), tags)
                    .update();
        }
        if (content.children() != null) {
            content.children().stream().filter(child -> child.id() != null)
                    .forEach(child -> add(questionId, version, child.id(), child));
        }
    }

    /** The tags of each top-level question of a paper, by question id and version. */
    public Map<KeyRef, List<String>> tags(Collection<KeyRef> questions) {
        Map<KeyRef, List<String>> tags = new HashMap<>();
        List<KeyRef> unknown = new ArrayList<>();
        for (KeyRef question : questions) {
            List<String> known = knownTags.get(question);
            if (known != null) {
                tags.put(question, known);
            } else {
                unknown.add(question);
            }
        }
        if (unknown.isEmpty()) {
            return tags;
        }
        Map<KeyRef, List<String>> read = new HashMap<>();
        jdbc.sql("""
                        SELECT q.question_id, q.version, q.tags FROM exam_question q
                        JOIN unnest(?::varchar[], ?::int[]) AS wanted(question_id, version)
                          ON wanted.question_id = q.question_id AND wanted.version = q.version
                        WHERE q.item_id = q.question_id""")
                .params(unknown.stream().map(KeyRef::questionId).toArray(String[]::new),
                        unknown.stream().map(KeyRef::version).toArray(Integer[]::new))
                .query((rs, n) -> {
                    read.put(new KeyRef(rs.getString(1), rs.getInt(2)),
                            Collections.unmodifiableList(Arrays.asList((String[]) rs.getArray(3).getArray())));
                    return null;
                })
                .list();
        if (knownTags.size() < REMEMBERED_QUESTIONS) {
            knownTags.putAll(read);
        }
        tags.putAll(read);
        return tags;
    }

    public Optional<String> stem(String questionId, int version, String itemId) {
        return jdbc.sql("SELECT stem FROM exam_question WHERE question_id = ? AND version = ? AND item_id = ?")
                .params(questionId, version, itemId)
                .query(String.class)
                .optional();
    }
}
