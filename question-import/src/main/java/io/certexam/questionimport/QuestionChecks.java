package io.certexam.questionimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks every importer runs on a question it read, whatever the format: the problems that make the bank
 * refuse the question (no key, a key letter that is not an option, a single choice with two keys…). They become
 * ERROR messages on the question's line; the question itself is kept so the report can show it. The bank's
 * own validation stays the authority (text lengths, tag syntax, limits).
 */
public final class QuestionChecks {

    private static final Set<String> TYPES = Set.of(ImportedQuestion.SINGLE_CHOICE, ImportedQuestion.MULTIPLE_CHOICE,
            ImportedQuestion.TRUE_FALSE, ImportedQuestion.OPEN_RESPONSE, ImportedQuestion.SCENARIO);
    private static final Set<String> KINDS = Set.of("TERM_DEFINITION", "SHORT_ANSWER", "ESSAY", "CASE_ANALYSIS");
    private static final Set<String> SCORING = Set.of("ALL_OR_NOTHING", "PARTIAL_NO_WRONG", "PER_OPTION");

    private QuestionChecks() {
    }

    /** Every problem found, each phrased for the import report. */
    public static List<String> problems(ImportedQuestion q) {
        List<String> problems = new ArrayList<>();
        collect(q, "", problems, false);
        return problems;
    }

    private static void collect(ImportedQuestion q, String prefix, List<String> problems, boolean child) {
        if (q.type() == null || !TYPES.contains(q.type())) {
            problems.add(prefix + "unknown question type " + q.type());
            return;
        }
        if (q.stem() == null || q.stem().isBlank()) {
            problems.add(prefix + "the question has no text");
        }
        if (q.points() != null && q.points().signum() <= 0) {
            problems.add(prefix + "points must be greater than 0");
        }
        if (q.difficulty() != null && (q.difficulty() < 1 || q.difficulty() > 5)) {
            problems.add(prefix + "difficulty must be between 1 and 5");
        }
        switch (q.type()) {
            case ImportedQuestion.SINGLE_CHOICE, ImportedQuestion.MULTIPLE_CHOICE -> choice(q, prefix, problems);
            case ImportedQuestion.TRUE_FALSE -> {
                if (q.answer().value() == null) {
                    problems.add(prefix + "no true/false answer found");
                }
            }
            case ImportedQuestion.OPEN_RESPONSE -> open(q, prefix, problems);
            case ImportedQuestion.SCENARIO -> {
                if (child) {
                    problems.add(prefix + "a scenario cannot contain another scenario");
                } else if (q.children().isEmpty()) {
                    problems.add(prefix + "a scenario needs at least one sub-question");
                }
                for (int i = 0; i < q.children().size(); i++) {
                    collect(q.children().get(i), prefix + "sub-question " + (i + 1) + ": ", problems, true);
                }
            }
            default -> throw new IllegalStateException(q.type());
        }
    }

    private static void choice(ImportedQuestion q, String prefix, List<String> problems) {
        if (q.options().size() < 2) {
            problems.add(prefix + "found " + q.options().size() + " option(s); a choice question needs at least two");
        }
        Set<String> ids = new HashSet<>();
        for (ImportedOption option : q.options()) {
            if (option.id() == null || option.id().isBlank()) {
                problems.add(prefix + "an option has no id");
            } else if (!ids.add(option.id())) {
                problems.add(prefix + "option " + option.id() + " appears twice");
            }
            if (option.text() == null || option.text().isBlank()) {
                problems.add(prefix + "option " + option.id() + " has no text");
            }
        }
        List<String> key = q.answer().optionIds();
        if (key.isEmpty()) {
            problems.add(prefix + "no answer key found");
            return;
        }
        List<String> unknown = key.stream().filter(id -> !ids.contains(id)).toList();
        if (!unknown.isEmpty()) {
            problems.add(prefix + "answer " + String.join(", ", unknown) + " is not among the options "
                    + (ids.isEmpty() ? "(none found)" : String.join(", ", q.options().stream().map(ImportedOption::id).toList())));
        }
        if (ImportedQuestion.SINGLE_CHOICE.equals(q.type()) && key.size() != 1) {
            problems.add(prefix + "a single-choice question has exactly one key, found " + String.join("", key));
        }
        if (q.multipleChoiceScoring() != null && !SCORING.contains(q.multipleChoiceScoring())) {
            problems.add(prefix + "unknown multiple-choice scoring " + q.multipleChoiceScoring());
        }
    }

    private static void open(ImportedQuestion q, String prefix, List<String> problems) {
        if (q.openResponseKind() == null || !KINDS.contains(q.openResponseKind())) {
            problems.add(prefix + "unknown open-response kind " + q.openResponseKind());
        }
        if (!q.answer().rubric().isEmpty() && q.points() != null) {
            BigDecimal sum = q.answer().rubric().stream().map(ImportedCriterion::points)
                    .reduce(BigDecimal.ZERO, (a, b) -> b == null ? a : a.add(b));
            if (sum.compareTo(q.points()) != 0) {
                problems.add(prefix + "rubric points add up to " + sum.toPlainString() + ", not " + q.points().toPlainString());
            }
        }
    }
}
