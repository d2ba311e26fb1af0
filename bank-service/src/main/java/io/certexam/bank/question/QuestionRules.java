package io.certexam.bank.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.certexam.bank.InputProblems;
import io.certexam.platform.problem.FieldProblem;
import io.certexam.platform.problem.InvalidInputException;

/**
 * What makes an authored question acceptable, and its defaults. Every problem is reported at once, each
 * with the JSON path of the offending field (a scenario child's as {@code children[1].answer.optionIds[0]}),
 * so an author (or an import) can fix everything in one go.
 */
public final class QuestionRules {

    public static final int MAX_STEM_LENGTH = 4000;
    public static final int MAX_EXPLANATION_LENGTH = 4000;
    public static final int MAX_OPTION_TEXT_LENGTH = 1000;
    public static final int MAX_OPTION_ID_LENGTH = 32;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 100;
    public static final int MAX_CHILDREN = 20;
    public static final int MAX_REFERENCE_ANSWER_LENGTH = 10_000;
    public static final int MAX_RUBRIC_CRITERIA = 20;
    public static final int MAX_CRITERION_LENGTH = 1000;
    public static final int DEFAULT_MAX_RESPONSE_LENGTH = 5000;
    /** exam-service accepts open responses up to this length whatever the question says. */
    public static final int MAX_RESPONSE_LENGTH = 20_000;
    public static final int MIN_DIFFICULTY = 1;
    public static final int MAX_DIFFICULTY = 5;
    public static final BigDecimal MAX_POINTS = new BigDecimal("1000");
    public static final int MAX_POINTS_SCALE = 2;
    public static final String DEFAULT_LANGUAGE = "zh";
    public static final Pattern TAG = Pattern.compile("^[^:\\s]+:.+$");

    private static final String TYPES = "SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, OPEN_RESPONSE or SCENARIO";
    private static final String KINDS = "TERM_DEFINITION, SHORT_ANSWER, ESSAY or CASE_ANALYSIS";

    private QuestionRules() {
    }

    /**
     * The question with its defaults filled in, its key normalised and, for a scenario, its children's ids
     * assigned ({@code <questionId>-<n>}); or an {@link InvalidInputException} listing every problem.
     */
    public static AuthoredQuestion accepted(String questionId, AuthoredQuestion question) {
        List<FieldProblem> problems = problems(question);
        if (!problems.isEmpty()) {
            throw InputProblems.rejected("the question", problems);
        }
        return withDefaults(questionId, question, null);
    }

    /** Every problem of {@code question}, each with its JSON path; empty when it would be accepted. */
    public static List<FieldProblem> problems(AuthoredQuestion question) {
        return problemsOf(question, false);
    }

    /** {@code answer} checked as the new key of the (already accepted) {@code question}. */
    public static List<FieldProblem> keyProblems(AuthoredQuestion question, Answer answer) {
        List<FieldProblem> problems = new ArrayList<>();
        if (question.type() == QuestionType.SCENARIO) {
            checkScenarioKey(question, answer, problems);
        } else {
            checkAnswer(question.type(), question.options(), question.points(), answer, problems);
        }
        return problems;
    }

    /**
     * The key as stored: a choice key in the order of the options, rubric points as plain numbers, a scenario's
     * child keys in the order of its children; so that equal keys compare equal. {@code answer} must be valid.
     */
    public static Answer normalisedKey(AuthoredQuestion question, Answer answer) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                Map<String, Integer> position = new HashMap<>();
                for (int i = 0; i < question.options().size(); i++) {
                    position.put(question.options().get(i).id(), i);
                }
                yield new Answer(answer.optionIds().stream()
                        .sorted((a, b) -> Integer.compare(position.get(a), position.get(b)))
                        .toList(), null);
            }
            case TRUE_FALSE -> new Answer(null, answer.value());
            case OPEN_RESPONSE -> Answer.open(answer.referenceAnswer(), answer.rubric() == null ? List.of()
                    : answer.rubric().stream().map(r -> new RubricEntry(r.criterion(), plain(r.points()))).toList());
            case SCENARIO -> {
                Map<String, Answer> byId = new HashMap<>();
                answer.children().forEach(c -> byId.put(c.id(), c.answer()));
                yield Answer.scenario(question.children().stream()
                        .map(child -> new ChildAnswer(child.id(), normalisedKey(child, byId.get(child.id()))))
                        .toList());
            }
        };
    }

    /** The ids of the children of a scenario whose key differs between two keys of the same version. */
    public static List<String> changedChildren(AuthoredQuestion before, AuthoredQuestion after) {
        if (before.type() != QuestionType.SCENARIO) {
            return List.of();
        }
        Map<String, AuthoredQuestion> afterById = after.childrenById();
        return before.children().stream()
                .filter(child -> !Objects.equals(child.answer(), afterById.get(child.id()).answer()))
                .map(AuthoredQuestion::id)
                .toList();
    }

    public static String childId(String questionId, int position) {
        return questionId + "-" + position;
    }

    public static boolean validTag(String tag) {
        return tag != null && tag.length() <= MAX_TAG_LENGTH && TAG.matcher(tag).matches() && !InputProblems.hasNul(tag);
    }

    public static void checkTags(String field, List<String> tags, List<FieldProblem> problems) {
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            problems.add(new FieldProblem(field, "at most " + MAX_TAGS + " tags are allowed"));
        }
        for (int i = 0; i < tags.size(); i++) {
            if (!validTag(tags.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "]",
                        "must look like key:value (no spaces in the key, at most " + MAX_TAG_LENGTH + " characters)"));
            }
        }
    }

    private static List<FieldProblem> problemsOf(AuthoredQuestion q, boolean child) {
        List<FieldProblem> problems = new ArrayList<>();
        if (q.type() == null) {
            problems.add(new FieldProblem("type", "is required: " + TYPES));
            return problems;
        }
        if (child && q.type() == QuestionType.SCENARIO) {
            problems.add(new FieldProblem("type", "a scenario's children cannot be scenarios themselves"));
            return problems;
        }
        checkText("stem", q.stem(), MAX_STEM_LENGTH, true, problems);
        checkText("explanation", q.explanation(), MAX_EXPLANATION_LENGTH, false, problems);
        checkPoints("points", q.points(), problems);
        if (child) {
            String onScenario = "is set on the scenario, not on its children";
            notAllowed("tags", q.tags() != null && !q.tags().isEmpty(), onScenario, problems);
            notAllowed("difficulty", q.difficulty() != null, onScenario, problems);
            notAllowed("language", q.language() != null, onScenario, problems);
        } else {
            if (q.difficulty() != null && (q.difficulty() < MIN_DIFFICULTY || q.difficulty() > MAX_DIFFICULTY)) {
                problems.add(new FieldProblem("difficulty", "must be between " + MIN_DIFFICULTY + " and " + MAX_DIFFICULTY));
            }
            if (q.language() != null && (q.language().isBlank() || q.language().length() > 16
                    || InputProblems.hasNul(q.language()))) {
                problems.add(new FieldProblem("language", "must be a language tag such as zh or en"));
            }
            checkTags("tags", q.tags(), problems);
        }
        notAllowed("multipleChoiceScoring", q.multipleChoiceScoring() != null && q.type() != QuestionType.MULTIPLE_CHOICE,
                "applies to MULTIPLE_CHOICE questions only", problems);
        if (q.type() == QuestionType.OPEN_RESPONSE) {
            if (q.openResponseKind() == null) {
                problems.add(new FieldProblem("openResponseKind", "is required for OPEN_RESPONSE: " + KINDS));
            }
            if (q.maxResponseLength() != null
                    && (q.maxResponseLength() < 1 || q.maxResponseLength() > MAX_RESPONSE_LENGTH)) {
                problems.add(new FieldProblem("maxResponseLength",
                        "must be between 1 and " + MAX_RESPONSE_LENGTH + " characters"));
            }
        } else {
            notAllowed("openResponseKind", q.openResponseKind() != null, "applies to OPEN_RESPONSE questions only",
                    problems);
            notAllowed("maxResponseLength", q.maxResponseLength() != null, "applies to OPEN_RESPONSE questions only",
                    problems);
        }
        if (q.type().choice()) {
            checkOptions(q.options(), problems);
        } else {
            notAllowed("options", q.options() != null && !q.options().isEmpty(),
                    "a " + q.type() + " question has no options", problems);
        }
        if (q.type() == QuestionType.SCENARIO) {
            notAllowed("answer", q.answer() != null, "a SCENARIO has no key of its own: each child carries its answer",
                    problems);
            checkChildren(q, problems);
        } else {
            notAllowed("children", q.children() != null && !q.children().isEmpty(), "only a SCENARIO has children",
                    problems);
            checkAnswer(q.type(), q.options(), q.points(), q.answer(), problems);
        }
        return problems;
    }

    private static void checkChildren(AuthoredQuestion scenario, List<FieldProblem> problems) {
        List<AuthoredQuestion> children = scenario.children();
        if (children == null || children.isEmpty()) {
            problems.add(new FieldProblem("children", "a SCENARIO needs at least one child question"));
            return;
        }
        if (children.size() > MAX_CHILDREN) {
            problems.add(new FieldProblem("children", "at most " + MAX_CHILDREN + " child questions are allowed"));
        }
        boolean childrenValid = true;
        for (int i = 0; i < children.size(); i++) {
            String path = "children[" + i + "]";
            if (children.get(i) == null) {
                problems.add(new FieldProblem(path, "is required"));
                childrenValid = false;
                continue;
            }
            List<FieldProblem> childProblems = problemsOf(children.get(i), true);
            childProblems.forEach(p -> problems.add(new FieldProblem(path + "." + p.field(), p.message())));
            childrenValid &= childProblems.isEmpty();
        }
        if (!childrenValid) {
            return;
        }
        BigDecimal sum = children.stream().map(QuestionRules::pointsOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (scenario.points() != null && scenario.points().signum() > 0 && scenario.points().compareTo(sum) != 0) {
            problems.add(new FieldProblem("points", "must equal the sum of the children's points, " + plain(sum)
                    + " (or be left out)"));
        } else if (sum.compareTo(MAX_POINTS) > 0) {
            problems.add(new FieldProblem("points", "the children's points add up to " + plain(sum)
                    + ", more than the " + MAX_POINTS + " a question may be worth"));
        }
    }

    private static void checkScenarioKey(AuthoredQuestion scenario, Answer answer, List<FieldProblem> problems) {
        if (answer == null) {
            problems.add(new FieldProblem("answer", "is required: {\"children\":[{\"id\",\"answer\"}]}"));
            return;
        }
        String useChildren = "a SCENARIO key lists its children's keys: use children";
        notAllowed("answer.optionIds", answer.optionIds() != null && !answer.optionIds().isEmpty(), useChildren, problems);
        notAllowed("answer.value", answer.value() != null, useChildren, problems);
        notAllowed("answer.referenceAnswer", answer.referenceAnswer() != null, useChildren, problems);
        notAllowed("answer.rubric", answer.rubric() != null, useChildren, problems);
        if (answer.children() == null || answer.children().isEmpty()) {
            problems.add(new FieldProblem("answer.children",
                    "give the key of every child: [{\"id\":\"<child id>\",\"answer\":{…}}]"));
            return;
        }
        Map<String, AuthoredQuestion> children = scenario.childrenById();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answer.children().size(); i++) {
            ChildAnswer given = answer.children().get(i);
            String path = "answer.children[" + i + "]";
            if (given == null) {
                problems.add(new FieldProblem(path, "is required"));
            } else if (given.id() == null || given.id().isBlank()) {
                problems.add(new FieldProblem(path + ".id", "is required"));
            } else if (!children.containsKey(given.id())) {
                problems.add(new FieldProblem(path + ".id", "no child has the id " + given.id()));
            } else if (!seen.add(given.id())) {
                problems.add(new FieldProblem(path + ".id", "child " + given.id() + " is listed twice"));
            } else {
                keyProblems(children.get(given.id()), given.answer())
                        .forEach(p -> problems.add(new FieldProblem(path + "." + p.field(), p.message())));
            }
        }
        List<String> missing = scenario.children().stream().map(AuthoredQuestion::id)
                .filter(id -> !seen.contains(id)).toList();
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem("answer.children", "the key of " + String.join(", ", missing)
                    + " is missing: send the full key, every child's answer"));
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
        } else if (InputProblems.hasNul(text)) {
            problems.add(new FieldProblem(field, InputProblems.NUL_MESSAGE));
        }
    }

    public static void checkPoints(String field, BigDecimal points, List<FieldProblem> problems) {
        if (points == null) {
            return;
        }
        if (points.signum() <= 0) {
            problems.add(new FieldProblem(field, "must be greater than 0"));
        } else if (points.compareTo(MAX_POINTS) > 0) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_POINTS));
        } else if (points.stripTrailingZeros().scale() > MAX_POINTS_SCALE) {
            problems.add(new FieldProblem(field, "must have at most " + MAX_POINTS_SCALE + " decimal places"));
        }
    }

    private static void notAllowed(String field, boolean present, String message, List<FieldProblem> problems) {
        if (present) {
            problems.add(new FieldProblem(field, message));
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
            } else if (InputProblems.hasNul(option.id())) {
                problems.add(new FieldProblem(path + ".id", InputProblems.NUL_MESSAGE));
            } else if (!seen.add(option.id())) {
                problems.add(new FieldProblem(path + ".id", "duplicate option id " + option.id()));
            }
            checkText(path + ".text", option.text(), MAX_OPTION_TEXT_LENGTH, true, problems);
        }
    }

    /** {@code points} is the item's own, if the author gave it (an open response without points takes its rubric's sum). */
    private static void checkAnswer(QuestionType type, List<ChoiceOption> options, BigDecimal points, Answer answer,
                                    List<FieldProblem> problems) {
        if (answer == null) {
            problems.add(new FieldProblem("answer", "is required"));
            return;
        }
        if (type != QuestionType.OPEN_RESPONSE) {
            notAllowed("answer.referenceAnswer", answer.referenceAnswer() != null,
                    "applies to OPEN_RESPONSE keys only", problems);
            notAllowed("answer.rubric", answer.rubric() != null, "applies to OPEN_RESPONSE keys only", problems);
        }
        notAllowed("answer.children", answer.children() != null, "applies to SCENARIO keys only", problems);
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> checkChoiceKey(type, options, answer, problems);
            case TRUE_FALSE -> {
                if (answer.value() == null) {
                    problems.add(new FieldProblem("answer.value", "must be true or false"));
                }
                notAllowed("answer.optionIds", answer.optionIds() != null && !answer.optionIds().isEmpty(),
                        "a TRUE_FALSE key is a value, not options", problems);
            }
            case OPEN_RESPONSE -> checkOpenKey(points, answer, problems);
            case SCENARIO -> throw new IllegalArgumentException("a scenario's key is checked with its children");
        }
    }

    private static void checkChoiceKey(QuestionType type, List<ChoiceOption> options, Answer answer,
                                       List<FieldProblem> problems) {
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

    private static void checkOpenKey(BigDecimal points, Answer answer, List<FieldProblem> problems) {
        String notOptions = "an OPEN_RESPONSE key is a reference answer (and a rubric), not options or a value";
        notAllowed("answer.optionIds", answer.optionIds() != null && !answer.optionIds().isEmpty(), notOptions, problems);
        notAllowed("answer.value", answer.value() != null, notOptions, problems);
        checkText("answer.referenceAnswer", answer.referenceAnswer(), MAX_REFERENCE_ANSWER_LENGTH, true, problems);
        List<RubricEntry> rubric = answer.rubric();
        if (rubric == null || rubric.isEmpty()) {
            return;
        }
        if (rubric.size() > MAX_RUBRIC_CRITERIA) {
            problems.add(new FieldProblem("answer.rubric", "at most " + MAX_RUBRIC_CRITERIA + " criteria are allowed"));
        }
        boolean criteriaValid = true;
        for (int i = 0; i < rubric.size(); i++) {
            String path = "answer.rubric[" + i + "]";
            RubricEntry entry = rubric.get(i);
            if (entry == null) {
                problems.add(new FieldProblem(path, "is required"));
                criteriaValid = false;
                continue;
            }
            int before = problems.size();
            checkText(path + ".criterion", entry.criterion(), MAX_CRITERION_LENGTH, true, problems);
            if (entry.points() == null) {
                problems.add(new FieldProblem(path + ".points", "is required"));
            } else {
                checkPoints(path + ".points", entry.points(), problems);
            }
            criteriaValid &= problems.size() == before;
        }
        if (!criteriaValid) {
            return;
        }
        BigDecimal sum = rubric.stream().map(RubricEntry::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (points != null && points.signum() > 0 && points.compareTo(sum) != 0) {
            problems.add(new FieldProblem("answer.rubric", "the criteria's points add up to " + plain(sum)
                    + " but the question is worth " + plain(points) + "; they must be equal"));
        } else if (points == null && sum.compareTo(MAX_POINTS) > 0) {
            problems.add(new FieldProblem("answer.rubric", "the criteria's points add up to " + plain(sum)
                    + ", more than the " + MAX_POINTS + " a question may be worth"));
        }
    }

    /**
     * The points a (valid) question is worth: its own, else for a scenario the sum of its children, for an open
     * response with a rubric the rubric's sum, otherwise 1.
     */
    private static BigDecimal pointsOf(AuthoredQuestion q) {
        if (q.points() != null) {
            return plain(q.points());
        }
        if (q.type() == QuestionType.SCENARIO) {
            return plain(q.children().stream().map(QuestionRules::pointsOf).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        if (q.type() == QuestionType.OPEN_RESPONSE && q.answer() != null && q.answer().rubric() != null
                && !q.answer().rubric().isEmpty()) {
            return plain(q.answer().rubric().stream().map(RubricEntry::points).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return BigDecimal.ONE;
    }

    /** {@code childId} is null for a question itself, {@code <questionId>-<n>} for a scenario's n-th child. */
    private static AuthoredQuestion withDefaults(String questionId, AuthoredQuestion q, String childId) {
        boolean child = childId != null;
        QuestionType type = q.type();
        List<AuthoredQuestion> children = type != QuestionType.SCENARIO ? null
                : IntStream.range(0, q.children().size())
                        .mapToObj(i -> withDefaults(questionId, q.children().get(i), childId(questionId, i + 1)))
                        .toList();
        AuthoredQuestion completed = new AuthoredQuestion(
                type,
                q.stem(),
                q.options() == null ? List.of() : List.copyOf(q.options()),
                null,
                pointsOf(q),
                type == QuestionType.MULTIPLE_CHOICE && q.multipleChoiceScoring() == null
                        ? MultipleChoiceScoring.ALL_OR_NOTHING : q.multipleChoiceScoring(),
                type == QuestionType.OPEN_RESPONSE ? q.openResponseKind() : null,
                type != QuestionType.OPEN_RESPONSE ? null
                        : q.maxResponseLength() == null ? DEFAULT_MAX_RESPONSE_LENGTH : q.maxResponseLength(),
                children,
                q.explanation() == null || q.explanation().isBlank() ? null : q.explanation(),
                child ? null : q.tags() == null ? List.of() : List.copyOf(new LinkedHashSet<>(q.tags())),
                child ? null : q.difficulty(),
                child ? null : q.language() == null ? DEFAULT_LANGUAGE : q.language().strip(),
                childId);
        return type == QuestionType.SCENARIO ? completed : completed.withAnswer(normalisedKey(completed, q.answer()));
    }

    /** 2, 2.0 and 2.00 are the same number of points. */
    static BigDecimal plain(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
