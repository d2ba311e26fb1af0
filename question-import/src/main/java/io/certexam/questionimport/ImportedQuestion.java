package io.certexam.questionimport;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question draft read from a document, in the shape of DESIGN §6's question JSON. {@code line} is where the
 * question starts in its document (text line, 1-based index in a JSON document, or xlsx row number), so the
 * import report can point at it.
 *
 * <p>Lists are never null and points are canonical ({@code 2}, not {@code 2.00}), so a question compares equal
 * to itself after an export/import round trip.
 *
 * @param type                  SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, OPEN_RESPONSE or SCENARIO
 * @param multipleChoiceScoring ALL_OR_NOTHING, PARTIAL_NO_WRONG or PER_OPTION; null = the bank's default
 * @param openResponseKind      TERM_DEFINITION, SHORT_ANSWER, ESSAY or CASE_ANALYSIS (open responses only)
 * @param children              a scenario's sub-questions, in order
 */
public record ImportedQuestion(int line, String type, String stem, List<ImportedOption> options, ImportedAnswer answer,
                               BigDecimal points, String multipleChoiceScoring, String openResponseKind,
                               List<ImportedQuestion> children, String explanation, List<String> tags,
                               Integer difficulty, String language) {

    public static final String SINGLE_CHOICE = "SINGLE_CHOICE";
    public static final String MULTIPLE_CHOICE = "MULTIPLE_CHOICE";
    public static final String TRUE_FALSE = "TRUE_FALSE";
    public static final String OPEN_RESPONSE = "OPEN_RESPONSE";
    public static final String SCENARIO = "SCENARIO";

    public ImportedQuestion {
        options = options == null ? List.of() : List.copyOf(options);
        answer = answer == null ? ImportedAnswer.none() : answer;
        points = Decimals.canonical(points);
        children = children == null ? List.of() : List.copyOf(children);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @JsonIgnore // a helper, not part of the JSON shape
    public boolean isChoice() {
        return SINGLE_CHOICE.equals(type) || MULTIPLE_CHOICE.equals(type);
    }

    /** The same question as found at another place (another line or row). */
    public ImportedQuestion atLine(int newLine) {
        return new ImportedQuestion(newLine, type, stem, options, answer, points, multipleChoiceScoring,
                openResponseKind, children, explanation, tags, difficulty, language);
    }
}
