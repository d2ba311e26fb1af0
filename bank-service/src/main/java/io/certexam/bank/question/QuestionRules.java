package io.certexam.bank.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.certexam.bank.InputProblems;
import io.certexam.platform.problem.FieldProblem;
import io.certexam.platform.problem.InvalidInputException;

/**
 * What makes an authored question acceptable, and its defaults. Every problem is reported at once, each
 * with the JSON path of the offending field, so an author (or an import) can fix everything in one go.
 */
public final class QuestionRules {

    public static final int MAX_STEM_LENGTH = 4000;
    public static final int MAX_EXPLANATION_LENGTH = 4000;
    public static final int MAX_OPTION_TEXT_LENGTH = 1000;
    public static final int MAX_OPTION_ID_LENGTH = 32;
    /** Exam-service labels options A–Z. */
    public static final int MAX_OPTIONS = 26;
    public static final int MAX_TAG_LENGTH = 100;
    public static final int MIN_DIFFICULTY = 1;
    public static final int MAX_DIFFICULTY = 5;
    public static final BigDecimal MAX_POINTS = new BigDecimal("1000");
    public static final int MAX_POINTS_SCALE = 2;
    public static final String DEFAULT_LANGUAGE = "zh";
    public static final Pattern TAG = Pattern.compile("^[^:\\s]+:.+$");

    private QuestionRules() {
    }

    /** The question with its defaults filled in and its key in option order; or an {@link InvalidInputException}. */
    public static AuthoredQuestion accepted(AuthoredQuestion question) {
        List<FieldProblem> problems = problemsOf(question);
        if (!problems.isEmpty()) {
            throw InputProblems.rejected("the question", problems);
        }
        return withDefaults(question);
    }

    /** {@code answer} checked against the (already accepted) question it would become the key of. */
    public static List<FieldProblem> keyProblems(AuthoredQuestion question, Answer answer) {
        List<FieldProblem> problems = new ArrayList<>();
        checkAnswer(question.type(), question.options(), answer, problems);
        return problems;
    }

    /** The key in the order of the options, so that equal keys compare equal. */
    public static Answer normalisedKey(AuthoredQuestion question, Answer answer) {
        if (!question.type().choice()) {
            return new Answer(null, answer.value());
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < question.options().size(); i++) {
            position.put(question.options().get(i).id(), i);
        }
        List<String> ordered = answer.optionIds().stream()
                .sorted((a, b) -> Integer.compare(position.get(a), position.get(b)))
                .toList();
        return new Answer(ordered, null);
    }

    public static boolean validTag(String tag) {
        return tag != null && tag.length() <= MAX_TAG_LENGTH && TAG.matcher(tag).matches();
    }

    static List<FieldProblem> problemsOf(AuthoredQuestion q) {
        List<FieldProblem> problems = new ArrayList<>();
        if (q.type() == null) {
            problems.add(new FieldProblem("type", "is required: SINGLE_CHOICE, MULTIPLE_CHOICE or TRUE_FALSE"));
            return problems;
        }
        if (!q.type().authorable()) {
            problems.add(new FieldProblem("type", q.type() + " questions are not supported yet"));
            return problems;
        }
        checkText("stem", q.stem(), MAX_STEM_LENGTH, true, problems);
        checkText("explanation", q.explanation(), MAX_EXPLANATION_LENGTH, false, problems);
        checkPoints(q.points(), problems);
        if (q.difficulty() != null && (q.difficulty() < MIN_DIFFICULTY || q.difficulty() > MAX_DIFFICULTY)) {
            problems.add(new FieldProblem("difficulty", "must be between " + MIN_DIFFICULTY + " and " + MAX_DIFFICULTY));
        }
        if (q.language() != null && (q.language().isBlank() || q.language().length() > 16)) {
            problems.add(new FieldProblem("language", "must be a language tag such as zh or en"));
        }
        checkTags("tags", q.tags(), problems);
        if (q.multipleChoiceScoring() != null && q.type() != QuestionType.MULTIPLE_CHOICE) {
            problems.add(new FieldProblem("multipleChoiceScoring", "applies to MULTIPLE_CHOICE questions only"));
        }
        if (q.type().choice()) {
            checkOptions(q.options(), problems);
        } else if (q.options() != null && !q.options().isEmpty()) {
            problems.add(new FieldProblem("options", "a TRUE_FALSE question has no options"));
        }
        checkAnswer(q.type(), q.options(), q.answer(), problems);
        return problems;
    }

    public static void checkTags(String field, List<String> tags, List<FieldProblem> problems) {
        if (tags == null) {
            return;
        }
        for (int i = 0; i < tags.size(); i++) {
            if (!validTag(tags.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "]",
                        "must look like key:value (no spaces in the key, at most " + MAX_TAG_LENGTH + " characters)"));
            }
        }
    }

    private static void checkText(String field, String text, int maxLength, boolean required,
                                  List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
        } else if (text.length() > maxLength) {
            problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters"));
        }
    }

    private static void checkPoints(BigDecimal points, List<FieldProblem> problems) {
        if (points == null) {
            return;
        }
        if (points.signum() <= 0) {
            problems.add(new FieldProblem("points", "must be greater than 0"));
        } else if (points.compareTo(MAX_POINTS) > 0) {
            problems.add(new FieldProblem("points", "must be at most " + MAX_POINTS));
        } else if (points.stripTrailingZeros().scale() > MAX_POINTS_SCALE) {
            problems.add(new FieldProblem("points", "must have at most " + MAX_POINTS_SCALE + " decimal places"));
        }
    }

    private static void checkOptions(List<ChoiceOption> options, List<FieldProblem> problems) {
        if (options == null || options.size() < 2) {
            problems.add(new FieldProblem("options", "at least 2 options are required"));
        } else if (options.size() > MAX_OPTIONS) {
            problems.add(new FieldProblem("options", "at most " + MAX_OPTIONS + " options are allowed"));
        }
        if (options == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            ChoiceOption option = options.get(i);
            String path = "options[" + i + "]";
            if (option == null) {
                problems.add(new FieldProblem(path, "is required"));
                continue;
            }
            if (option.id() == null || option.id().isBlank()) {
                problems.add(new FieldProblem(path + ".id", "is required"));
            } else if (option.id().length() > MAX_OPTION_ID_LENGTH) {
                problems.add(new FieldProblem(path + ".id", "must be at most " + MAX_OPTION_ID_LENGTH + " characters"));
            } else if (!seen.add(option.id())) {
                problems.add(new FieldProblem(path + ".id", "duplicate option id " + option.id()));
            }
            checkText(path + ".text", option.text(), MAX_OPTION_TEXT_LENGTH, true, problems);
        }
    }

    private static void checkAnswer(QuestionType type, List<ChoiceOption> options, Answer answer,
                                    List<FieldProblem> problems) {
        if (answer == null) {
            problems.add(new FieldProblem("answer", "is required"));
            return;
        }
        if (!type.choice()) {
            if (answer.value() == null) {
                problems.add(new FieldProblem("answer.value", "must be true or false"));
            }
            if (answer.optionIds() != null && !answer.optionIds().isEmpty()) {
                problems.add(new FieldProblem("answer.optionIds", "a TRUE_FALSE key is a value, not options"));
            }
            return;
        }
        if (answer.value() != null) {
            problems.add(new FieldProblem("answer.value", "a choice key names options: use optionIds"));
        }
        List<String> keyIds = answer.optionIds();
        if (keyIds == null || keyIds.isEmpty()) {
            problems.add(new FieldProblem("answer.optionIds", "at least one correct option is required"));
            return;
        }
        if (type == QuestionType.SINGLE_CHOICE && keyIds.size() != 1) {
            problems.add(new FieldProblem("answer.optionIds", "a SINGLE_CHOICE question has exactly one correct option"));
        }
        Set<String> optionIds = new HashSet<>();
        if (options != null) {
            options.stream().filter(o -> o != null && o.id() != null).forEach(o -> optionIds.add(o.id()));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < keyIds.size(); i++) {
            String id = keyIds.get(i);
            String path = "answer.optionIds[" + i + "]";
            if (id == null || !optionIds.contains(id)) {
                problems.add(new FieldProblem(path, "no option has the id " + id));
            } else if (!seen.add(id)) {
                problems.add(new FieldProblem(path, "option " + id + " is listed twice"));
            }
        }
    }

    private static AuthoredQuestion withDefaults(AuthoredQuestion q) {
        AuthoredQuestion completed = new AuthoredQuestion(
                q.type(),
                q.stem(),
                q.options() == null ? List.of() : List.copyOf(q.options()),
                q.answer(),
                q.points() == null ? BigDecimal.ONE : plain(q.points()),
                q.type() == QuestionType.MULTIPLE_CHOICE && q.multipleChoiceScoring() == null
                        ? MultipleChoiceScoring.ALL_OR_NOTHING : q.multipleChoiceScoring(),
                q.explanation() == null || q.explanation().isBlank() ? null : q.explanation(),
                q.tags() == null ? List.of() : List.copyOf(new LinkedHashSet<>(q.tags())),
                q.difficulty(),
                q.language() == null ? DEFAULT_LANGUAGE : q.language().strip());
        return completed.withAnswer(normalisedKey(completed, q.answer()));
    }

    /** 2, 2.0 and 2.00 are the same number of points. */
    private static BigDecimal plain(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
