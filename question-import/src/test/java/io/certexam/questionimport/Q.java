package io.certexam.questionimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Expected questions, written compactly: {@code Q.single(4, "stem").options("A=…", "B=…").key("B").build()}. */
public final class Q {

    private final int line;
    private final String type;
    private final String stem;
    private final List<ImportedOption> options = new ArrayList<>();
    private List<String> key = List.of();
    private Boolean value;
    private String reference;
    private List<ImportedCriterion> rubric = List.of();
    private BigDecimal points = BigDecimal.ONE;
    private String scoring;
    private String kind;
    private final List<ImportedQuestion> children = new ArrayList<>();
    private String explanation;
    private List<String> tags = List.of();
    private Integer difficulty;
    private String language = "zh";

    private Q(int line, String type, String stem) {
        this.line = line;
        this.type = type;
        this.stem = stem;
    }

    public static Q single(int line, String stem) {
        return new Q(line, ImportedQuestion.SINGLE_CHOICE, stem);
    }

    public static Q multiple(int line, String stem) {
        return new Q(line, ImportedQuestion.MULTIPLE_CHOICE, stem);
    }

    public static Q trueFalse(int line, String stem, boolean value) {
        Q q = new Q(line, ImportedQuestion.TRUE_FALSE, stem);
        q.value = value;
        return q;
    }

    public static Q open(int line, String kind, String stem) {
        Q q = new Q(line, ImportedQuestion.OPEN_RESPONSE, stem);
        q.kind = kind;
        return q;
    }

    public static Q scenario(int line, String stem) {
        Q q = new Q(line, ImportedQuestion.SCENARIO, stem);
        q.points = null;
        return q;
    }

    /** "A=text" each. */
    public Q options(String... idEqualsText) {
        for (String option : idEqualsText) {
            int eq = option.indexOf('=');
            options.add(new ImportedOption(option.substring(0, eq), option.substring(eq + 1)));
        }
        return this;
    }

    /** "B" or "ABD". */
    public Q key(String letters) {
        key = letters.chars().mapToObj(c -> String.valueOf((char) c)).toList();
        return this;
    }

    public Q noKey() {
        key = List.of();
        return this;
    }

    public Q reference(String text) {
        reference = text;
        return this;
    }

    public Q rubric(String criterion, String criterionPoints) {
        rubric = new ArrayList<>(rubric);
        rubric.add(new ImportedCriterion(criterion, new BigDecimal(criterionPoints)));
        return this;
    }

    public Q points(String decimal) {
        points = decimal == null ? null : new BigDecimal(decimal);
        return this;
    }

    public Q scoring(String policy) {
        scoring = policy;
        return this;
    }

    public Q explanation(String text) {
        explanation = text;
        return this;
    }

    public Q tags(String... values) {
        tags = List.of(values);
        return this;
    }

    public Q difficulty(Integer level) {
        difficulty = level;
        return this;
    }

    public Q language(String code) {
        language = code;
        return this;
    }

    public Q child(Q child) {
        children.add(child.build());
        return this;
    }

    public ImportedQuestion build() {
        ImportedAnswer answer = switch (type) {
            case ImportedQuestion.SINGLE_CHOICE, ImportedQuestion.MULTIPLE_CHOICE -> ImportedAnswer.choice(key);
            case ImportedQuestion.TRUE_FALSE -> ImportedAnswer.trueFalse(value);
            case ImportedQuestion.OPEN_RESPONSE -> new ImportedAnswer(List.of(), null, reference, rubric);
            default -> ImportedAnswer.none();
        };
        BigDecimal total = points;
        if (ImportedQuestion.SCENARIO.equals(type) && total == null) {
            total = children.stream().map(ImportedQuestion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return new ImportedQuestion(line, type, stem, options, answer, total, scoring, kind, children, explanation,
                tags, difficulty, language);
    }

    /** The same questions with every line set to 0, for comparing across formats. */
    public static List<ImportedQuestion> withoutLines(List<ImportedQuestion> questions) {
        return questions.stream().map(Q::withoutLines).toList();
    }

    private static ImportedQuestion withoutLines(ImportedQuestion q) {
        return new ImportedQuestion(0, q.type(), q.stem(), q.options(), q.answer(), q.points(),
                q.multipleChoiceScoring(), q.openResponseKind(), withoutLines(q.children()), q.explanation(), q.tags(),
                q.difficulty(), q.language());
    }
}
