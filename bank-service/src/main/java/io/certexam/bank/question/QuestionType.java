package io.certexam.bank.question;

public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    /** Free text graded by hand against a reference answer and an optional rubric. */
    OPEN_RESPONSE,
    /** A shared case text with ordered child questions of the other types; worth the sum of its children. */
    SCENARIO;

    public boolean choice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
