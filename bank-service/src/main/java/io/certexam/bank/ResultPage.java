package io.certexam.bank;

import java.util.ArrayList;
import java.util.List;

import io.certexam.platform.problem.FieldProblem;
import io.certexam.platform.problem.InvalidInputException;

/** One page of a list endpoint; {@code page} counts from 0, {@code total} is the number of matches. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public static void checkRequest(int page, int size) {
        checkRequest(page, size, MAX_SIZE);
    }

    public static void checkRequest(int page, int size, int maxSize) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > maxSize) {
            problems.add(new FieldProblem("size", "must be between 1 and " + maxSize));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid paging parameters", problems);
        }
    }
}
