package io.certexam.grading.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.AnswerKeyCorrected;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.ItemResponse;
import io.certexam.contracts.exam.Paper;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.PaperSection;
import io.certexam.contracts.exam.Response;

/**
 * One exam with fresh ids, as bank-service and exam-service would publish it. Its standard submission
 * scores, by hand: q1 SINGLE_CHOICE B of key B = 2.00; q2 MULTIPLE_CHOICE PARTIAL_NO_WRONG A+C of key
 * A,B,C = 3 × 2/3 = 2.00; q3 TRUE_FALSE false of key true = 0; q4 unanswered = 0 (omitted):
 * 4.00 of 8.00 = 50.00 %, a pass at 4 points.
 */
final class ExamScenario {

    static final Instant STARTED = Instant.parse("2025-03-01T09:00:00Z");
    static final Instant SUBMITTED = Instant.parse("2025-03-01T09:45:00Z");
    static final String ORG = "chain-a/east/store-042";

    final String examId = fresh("exam");
    final String q1 = fresh("q1");
    final String q2 = fresh("q2");
    final String q3 = fresh("q3");
    final String q4 = fresh("q4");

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    ExamPublished examPublished() {
        return new ExamPublished(ExamPublished.SCHEMA_VERSION, examId, 1, "Returns desk certification", null, 60,
                new BigDecimal("4"), null, 3, null, false, false, null, null, 12, List.of(), List.of(), STARTED);
    }

    List<AnswerKeyPublished> keys() {
        return List.of(
                key(new AnswerKey(q1, "SINGLE_CHOICE", BigDecimal.ONE, null, List.of("B"), null, null, null, null)),
                key(new AnswerKey(q2, "MULTIPLE_CHOICE", BigDecimal.ONE, "PARTIAL_NO_WRONG", List.of("A", "B", "C"),
                        null, null, null, null)),
                key(new AnswerKey(q3, "TRUE_FALSE", BigDecimal.ONE, null, null, true, null, null, null)),
                key(new AnswerKey(q4, "SINGLE_CHOICE", BigDecimal.ONE, null, List.of("A"), null, null, null, null)));
    }

    /** Corrects q2's key to A and C only. */
    AnswerKeyCorrected q2Corrected(int keyRevision) {
        AnswerKey newKey = new AnswerKey(q2, "MULTIPLE_CHOICE", BigDecimal.ONE, "PARTIAL_NO_WRONG", List.of("A", "C"),
                null, null, null, null);
        return new AnswerKeyCorrected(AnswerKeyCorrected.SCHEMA_VERSION, q2, 1, keyRevision, null, newKey,
                "B is not a valid return reason", "author-1", SUBMITTED);
    }

    /** Points are the paper's: the keys above say 1 point each, the exam made them 2, 3, 1 and 2. */
    AttemptStarted started(String attemptId, String candidateId) {
        Paper paper = new Paper(List.of(
                new PaperSection("Part 1", List.of(
                        item(q1, "SINGLE_CHOICE", "2", List.of("C", "A", "B")),
                        item(q2, "MULTIPLE_CHOICE", "3", List.of("D", "B", "A", "C")))),
                new PaperSection("Part 2", List.of(
                        item(q3, "TRUE_FALSE", "1", null),
                        item(q4, "SINGLE_CHOICE", "2", List.of("B", "A"))))));
        return new AttemptStarted(AttemptStarted.SCHEMA_VERSION, attemptId, examId, 1, candidateId, ORG, 1, 42L,
                STARTED, STARTED.plusSeconds(3600), paper);
    }

    AttemptSubmitted submitted(String attemptId, String candidateId) {
        return new AttemptSubmitted(AttemptSubmitted.SCHEMA_VERSION, attemptId, examId, 1, candidateId, ORG, false,
                STARTED, SUBMITTED, List.of(
                        new ItemResponse(q1, new Response(List.of("B"), null, null)),
                        new ItemResponse(q2, new Response(List.of("A", "C"), null, null)),
                        new ItemResponse(q3, new Response(null, false, null))));
    }

    private static AnswerKeyPublished key(AnswerKey key) {
        return new AnswerKeyPublished(AnswerKeyPublished.SCHEMA_VERSION, key.itemId(), 1, key, STARTED);
    }

    private static PaperItem item(String questionId, String type, String points, List<String> options) {
        return new PaperItem(questionId, questionId, 1, type, new BigDecimal(points), options, null);
    }
}
