package io.certexam.bank.question;

/** How grading-service scores a multiple-choice item; the bank only records the author's choice. */
public enum MultipleChoiceScoring {
    ALL_OR_NOTHING,
    PARTIAL_NO_WRONG,
    PER_OPTION
}
