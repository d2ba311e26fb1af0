package io.certexam.questionimport.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a section header, a {@code [单选题 - 2分]} marker or a {@code (多选)} note says about the questions it
 * covers. {@link #CHOICE} is "选择题" without saying single or multiple: the key decides.
 */
enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, CHOICE, TRUE_FALSE, SCENARIO,
    TERM_DEFINITION, SHORT_ANSWER, ESSAY, CASE_ANALYSIS, FILL_IN_THE_BLANK;

    /** Type names as papers write them, folded to simplified characters; longest alternatives first. */
    static final String NAMES = "单项选择|单选|多项选择|多选|不定项选择|不定项|选择|判断|是非|情景|情境|案例分析|案例"
            + "|名词解释|简答|问答|论述|填空";

    private static final Pattern NAME = Pattern.compile(NAMES);

    /** A heading that is nothing but a type name: 单选题, 二、判断题（每题1分）… */
    private static final Pattern BARE_TITLE = Pattern.compile(
            "^\\s*(?:" + NAMES + ")题?\\s*(?:\\(.*\\))?\\s*[:。.]?\\s*$");

    /** The first type name in a (folded) title, or null. */
    static QuestionKind inTitle(String foldedTitle) {
        if (foldedTitle == null) {
            return null;
        }
        Matcher m = NAME.matcher(foldedTitle);
        return m.find() ? of(m.group()) : null;
    }

    static boolean isBareTitle(String foldedText) {
        return BARE_TITLE.matcher(foldedText).matches();
    }

    static QuestionKind of(String name) {
        return switch (name) {
            case "单项选择", "单选" -> SINGLE_CHOICE;
            case "多项选择", "多选", "不定项选择", "不定项" -> MULTIPLE_CHOICE;
            case "选择" -> CHOICE;
            case "判断", "是非" -> TRUE_FALSE;
            case "情景", "情境" -> SCENARIO;
            case "案例分析", "案例" -> CASE_ANALYSIS;
            case "名词解释" -> TERM_DEFINITION;
            case "简答", "问答" -> SHORT_ANSWER;
            case "论述" -> ESSAY;
            case "填空" -> FILL_IN_THE_BLANK;
            default -> throw new IllegalArgumentException(name);
        };
    }

    boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == CHOICE;
    }

    boolean isOpen() {
        return this == TERM_DEFINITION || this == SHORT_ANSWER || this == ESSAY || this == CASE_ANALYSIS;
    }

    /** Scenario and case sections hold either free-text cases or cases with sub-questions. */
    boolean isCase() {
        return this == SCENARIO || this == CASE_ANALYSIS;
    }
}
