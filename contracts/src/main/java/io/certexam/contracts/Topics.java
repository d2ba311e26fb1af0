package io.certexam.contracts;

import java.util.List;

/** The integration topics (DESIGN §5). Records are kept forever ({@code retention.ms=-1}). */
public final class Topics {

    public static final String BANK_QUESTIONS = "bank.questions.v1";
    public static final String BANK_ANSWER_KEYS = "bank.answer-keys.v1";
    public static final String BANK_EXAMS = "bank.exams.v1";
    public static final String EXAM_ATTEMPTS = "exam.attempts.v1";
    public static final String GRADING_RESULTS = "grading.results.v1";
    public static final String REPORTING_CERTIFICATES = "reporting.certificates.v1";

    /** Suffix of the dead-letter topic a consumer sends poison records to. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    public static final List<String> ALL = List.of(
            BANK_QUESTIONS, BANK_ANSWER_KEYS, BANK_EXAMS, EXAM_ATTEMPTS, GRADING_RESULTS, REPORTING_CERTIFICATES);

    private Topics() {
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
