package io.certexam.exam.paper;

/** The question types of the bank's contract (QuestionContent.type). */
public final class QuestionTypes {

    public static final String SINGLE_CHOICE = "SINGLE_CHOICE";
    public static final String MULTIPLE_CHOICE = "MULTIPLE_CHOICE";
    public static final String TRUE_FALSE = "TRUE_FALSE";
    public static final String OPEN_RESPONSE = "OPEN_RESPONSE";
    public static final String SCENARIO = "SCENARIO";

    private QuestionTypes() {
    }

    public static boolean isChoice(String type) {
        return SINGLE_CHOICE.equals(type) || MULTIPLE_CHOICE.equals(type);
    }
}
