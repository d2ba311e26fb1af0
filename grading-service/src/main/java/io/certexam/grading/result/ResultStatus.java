package io.certexam.grading.result;

public enum ResultStatus {
    /** Submitted, but its answer keys, its exam's pass mark or its paper have not arrived yet. */
    AWAITING_KEYS,
    /** Scored as far as automatic scoring goes; some items wait for a grader. */
    AWAITING_MANUAL_GRADING,
    /** Every item is scored. */
    FINAL,
    /** A proctor voided the attempt: it has no valid result and does not pass. */
    VOIDED
}
