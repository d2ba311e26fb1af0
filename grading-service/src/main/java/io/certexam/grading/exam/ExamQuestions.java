package io.certexam.grading.exam;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.QuestionContent;

/** The stems graders read, from the published exams (a question version never changes). */
@Component
public class ExamQuestions {

    private final JdbcClient jdbc;

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
            jdbc.sql("INSERT INTO exam_question (question_id, version, item_id, stem) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(questionId, version, itemId, content.stem())
                    .update();
        }
        if (content.children() != null) {
            content.children().stream().filter(child -> child.id() != null)
                    .forEach(child -> add(questionId, version, child.id(), child));
        }
    }

    public Optional<String> stem(String questionId, int version, String itemId) {
        return jdbc.sql("SELECT stem FROM exam_question WHERE question_id = ? AND version = ? AND item_id = ?")
                .params(questionId, version, itemId)
                .query(String.class)
                .optional();
    }
}
