package io.certexam.bank.question;

public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    /** Part of the contract; authoring arrives with issue 3, until then it is refused rather than half supported. */
    OPEN_RESPONSE,
    /** Part of the contract; authoring arrives with issue 3, until then it is refused rather than half supported. */
    SCENARIO;

    public boolean authorable() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == TRUE_FALSE;
    }

    public boolean choice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
