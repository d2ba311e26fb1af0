package io.certexam.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.certexam.contracts.bank.DrawRule;
import io.certexam.contracts.bank.ExamPublished;
import io.certexam.contracts.bank.ExamQuestion;
import io.certexam.contracts.bank.ExamSection;
import io.certexam.contracts.bank.OptionContent;
import io.certexam.contracts.bank.QuestionContent;
import io.certexam.contracts.bank.QuestionRef;

/**
 * Exams as the bank publishes them: a fixed section with one question of every type (a scenario with two
 * children included) and a draw section of three out of a pool of six single-choice questions.
 */
public final class SampleExams {

    public static final String SINGLE = "q-single";
    public static final String MULTI = "q-multi";
    public static final String TRUE_FALSE = "q-tf";
    public static final String OPEN = "q-open";
    public static final String SCENARIO = "q-scenario";
    public static final String SCENARIO_CHOICE = "q-scenario-1";
    public static final String SCENARIO_OPEN = "q-scenario-2";
    public static final int OPEN_MAX_LENGTH = 200;

    private SampleExams() {
    }

    public static ExamPublished exam(String examId, int version) {
        return exam(examId, version, "Returns and refunds", null, null, null);
    }

    public static ExamPublished exam(String examId, int version, String title, Integer maxAttempts,
                                     Instant availableFrom, Instant availableUntil) {
        return exam(examId, version, title, maxAttempts, null, availableFrom, availableUntil);
    }

    public static ExamPublished exam(String examId, int version, String title, Integer maxAttempts,
                                     Integer minMinutesBetweenAttempts, Instant availableFrom, Instant availableUntil) {
        List<ExamQuestion> questions = new ArrayList<>(List.of(
                question(SINGLE, new QuestionContent(SINGLE, "SINGLE_CHOICE", "Which receipt is needed?",
                        options("A", "B", "C", "D"), new BigDecimal("2"), null, null, List.of(), List.of("topic:returns"),
                        2, "en", null)),
                question(MULTI, new QuestionContent(MULTI, "MULTIPLE_CHOICE", "Which items can be refunded?",
                        options("A", "B", "C", "D", "E"), new BigDecimal("3"), "PARTIAL_NO_WRONG", null, List.of(),
                        List.of(), 3, "en", null)),
                question(TRUE_FALSE, new QuestionContent(TRUE_FALSE, "TRUE_FALSE", "Refunds need a manager.", List.of(),
                        new BigDecimal("1"), null, null, List.of(), List.of(), 1, "en", null)),
                question(OPEN, new QuestionContent(OPEN, "OPEN_RESPONSE", "Define 'store credit'.", List.of(),
                        new BigDecimal("5"), null, "TERM_DEFINITION", List.of(), List.of(), 2, "en", OPEN_MAX_LENGTH)),
                question(SCENARIO, new QuestionContent(SCENARIO, "SCENARIO", "A customer returns a used kettle…",
                        List.of(), null, null, null, List.of(
                        new QuestionContent(SCENARIO_CHOICE, "SINGLE_CHOICE", "What do you offer first?",
                                options("X", "Y", "Z"), new BigDecimal("2"), null, null, List.of(), List.of(), 2, "en",
                                null),
                        new QuestionContent(SCENARIO_OPEN, "OPEN_RESPONSE", "Explain your choice.", List.of(),
                                new BigDecimal("4"), null, "CASE_ANALYSIS", List.of(), List.of(), 3, "en", null)),
                        List.of(), 3, "en", null))));
        List<QuestionRef> pool = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String id = "q-pool-" + i;
            questions.add(question(id, new QuestionContent(id, "SINGLE_CHOICE", "Pool question " + i + "?",
                    options("A", "B", "C"), new BigDecimal("1.5"), null, null, List.of(), List.of("pool"), 2, "en",
                    null)));
            pool.add(new QuestionRef(id, 1));
        }
        List<ExamSection> sections = List.of(
                new ExamSection("Basics", List.of(ref(SINGLE), ref(MULTI), ref(TRUE_FALSE), ref(OPEN), ref(SCENARIO)),
                        null, null),
                new ExamSection("Draw", null, new DrawRule(3, "SINGLE_CHOICE", List.of("pool"), null, null, pool),
                        new BigDecimal("1")));
        return new ExamPublished(ExamPublished.SCHEMA_VERSION, examId, version, title, "Answer every question.", 60,
                new BigDecimal("10"), null, maxAttempts, minMinutesBetweenAttempts, true, true, availableFrom,
                availableUntil, 24, sections,
                questions, Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static ExamQuestion question(String id, QuestionContent content) {
        return new ExamQuestion(id, 1, content);
    }

    private static QuestionRef ref(String id) {
        return new QuestionRef(id, 1);
    }

    private static List<OptionContent> options(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new OptionContent(id, "option " + id)).toList();
    }
}
