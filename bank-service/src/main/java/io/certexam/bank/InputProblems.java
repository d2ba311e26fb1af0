package io.certexam.bank;

import java.util.List;

import io.certexam.platform.problem.FieldProblem;
import io.certexam.platform.problem.InvalidInputException;

/** Turns the collected field problems of a rule check into one 400, its detail naming the first of them. */
public final class InputProblems {

    private InputProblems() {
    }

    /** PostgreSQL cannot store U+0000 in text or jsonb, so it is refused as input rather than failing later. */
    public static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    public static InvalidInputException rejected(String what, List<FieldProblem> problems) {
        FieldProblem first = problems.get(0);
        return new InvalidInputException(what + " is invalid: " + first.field() + " " + first.message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), problems);
    }
}
