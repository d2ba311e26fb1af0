package io.certexam.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.exam.AttemptStarted;
import io.certexam.contracts.exam.AttemptSubmitted;
import io.certexam.contracts.exam.AttemptVoided;
import io.certexam.contracts.exam.ItemResponse;
import io.certexam.contracts.exam.Paper;
import io.certexam.contracts.exam.PaperItem;
import io.certexam.contracts.exam.PaperSection;
import io.certexam.contracts.exam.Response;
import io.certexam.contracts.exam.ResponseSaved;
import io.certexam.contracts.grading.ItemScore;
import io.certexam.contracts.grading.ResultPublished;

/** Contract records as the other services would publish them, with only what a test cares about as parameters. */
public final class TestEvents {

    public static final Instant NINE = Instant.parse("2025-03-01T09:00:00Z");
    public static final BigDecimal MAX_SCORE = new BigDecimal("100");
    public static final String ORG = "chain-a/east/store-042";

    private TestEvents() {
    }

    /** A fresh id, so tests sharing the broker and the database never see each other's data. */
    public static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static ExamPublished examPublished(String examId, int version, String title) {
        return examPublished(examId, version, title, 24);
    }

    public static ExamPublished examPublished(String examId, int version, String title, Integer validityMonths) {
        return new ExamPublished(ExamPublished.SCHEMA_VERSION, examId, version, title, "Answer all questions.", 60,
                new BigDecimal("60"), null, 3, null, true, true, null, null, validityMonths, List.of(), List.of(),
                NINE.minusSeconds(86_400));
    }

    public static AttemptStarted attemptStarted(String attemptId, String examId, String candidateId, Instant startedAt) {
        Paper paper = new Paper(List.of(new PaperSection("Theory", List.of(new PaperItem("q-1", "q-1", 1,
                "SINGLE_CHOICE", MAX_SCORE, List.of("B", "A", "C"), List.of())))));
        return new AttemptStarted(AttemptStarted.SCHEMA_VERSION, attemptId, examId, 1, candidateId, ORG, 1, 42L,
                startedAt, startedAt.plusSeconds(3600), paper);
    }

    public static ResponseSaved responseSaved(String attemptId, String candidateId, Instant savedAt) {
        return new ResponseSaved(ResponseSaved.SCHEMA_VERSION, attemptId, candidateId, "q-1",
                new Response(List.of("B"), null, null), 1, savedAt);
    }

    public static AttemptSubmitted attemptSubmitted(String attemptId, String examId, String candidateId,
                                                    Instant startedAt, Instant submittedAt) {
        return new AttemptSubmitted(AttemptSubmitted.SCHEMA_VERSION, attemptId, examId, 1, candidateId, ORG, false,
                startedAt, submittedAt, List.of(new ItemResponse("q-1", new Response(List.of("B"), null, null))));
    }

    public static AttemptVoided attemptVoided(String attemptId, Instant voidedAt) {
        return new AttemptVoided(AttemptVoided.SCHEMA_VERSION, attemptId, "phone on desk", "proctor-1", voidedAt);
    }

    public static ResultPublished result(String attemptId, String examId, String candidateId, int revision,
                                         String status, String score, boolean passed) {
        BigDecimal points = new BigDecimal(score);
        return new ResultPublished(ResultPublished.SCHEMA_VERSION, attemptId, examId, 1, candidateId, ORG, revision,
                status, points, MAX_SCORE, points, passed,
                List.of(new ItemScore("q-1", "q-1", 1, 1, points, MAX_SCORE, false, List.of())), List.of(), List.of(),
                revision == 1 ? "first grading" : "answer key corrected", "grading-service", NINE.plusSeconds(1800),
                NINE.plusSeconds(1860));
    }

    public static ResultPublished finalResult(String attemptId, String examId, String candidateId, int revision,
                                              String score, boolean passed) {
        return result(attemptId, examId, candidateId, revision, "FINAL", score, passed);
    }
}
