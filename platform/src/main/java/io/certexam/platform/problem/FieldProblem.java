package io.certexam.platform.problem;

/** One entry of a problem's {@code errors} list: which field, what is wrong with it. */
public record FieldProblem(String field, String message) {
}
