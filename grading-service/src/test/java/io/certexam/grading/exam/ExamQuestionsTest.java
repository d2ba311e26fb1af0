package io.certexam.grading.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.grading.key.KeyRef;
import io.certexam.testsupport.ServiceIntegrationTest;

/** Every published result asks for its paper's tags; a question version's tags are read from the database once. */
@ServiceIntegrationTest
class ExamQuestionsTest {

    @Autowired
    ExamQuestions questions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQuestionVersionsTagsAreReadOnceAndRemembered() {
        KeyRef ref = new KeyRef("q-tags-" + UUID.randomUUID(), 3);
        questions.add(question(ref, List.of("module:returns", "topic:refunds")));
        assertThat(questions.tags(Set.of(ref))).containsEntry(ref, List.of("module:returns", "topic:refunds"));

        jdbc.sql("DELETE FROM exam_question WHERE question_id = ?").param(ref.questionId()).update();

        assertThat(questions.tags(Set.of(ref))).containsEntry(ref, List.of("module:returns", "topic:refunds"));
    }

    @Test
    void aQuestionNotPublishedYetIsLookedUpAgainLater() {
        KeyRef ref = new KeyRef("q-late-" + UUID.randomUUID(), 1);
        KeyRef other = new KeyRef("q-known-" + UUID.randomUUID(), 1);
        questions.add(question(other, List.of("module:tills")));
        assertThat(questions.tags(Set.of(ref, other))).containsOnlyKeys(other);

        questions.add(question(ref, List.of("module:greeting")));

        assertThat(questions.tags(Set.of(ref, other)))
                .containsEntry(ref, List.of("module:greeting"))
                .containsEntry(other, List.of("module:tills"));
    }

    private static ExamQuestion question(KeyRef ref, List<String> tags) {
        return new ExamQuestion(ref.questionId(), ref.version(), new QuestionContent(ref.questionId(), "TRUE_FALSE",
                "A receipt is needed for every refund.", List.of(), BigDecimal.ONE, null, null, null, tags, 1, "en",
                null));
    }
}
