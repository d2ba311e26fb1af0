package io.certexam.grading.regrade;

import java.math.BigDecimal;

/** One attempt under a proposed regrade: its current result and what it would become. */
record RegradeChange(String attemptId, BigDecimal oldScore, BigDecimal newScore, BigDecimal maxScore,
                     boolean oldPassed, boolean newPassed) {

    boolean flipsToPass() {
        return !oldPassed && newPassed;
    }

    boolean flipsToFail() {
        return oldPassed && !newPassed;
    }
}
