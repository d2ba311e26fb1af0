package io.certexam.bank;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import io.certexam.platform.problem.InvalidInputException;

/** Matches an {@link InvalidInputException} that names {@code field} among its errors. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static Matcher<InvalidInputException> hasFieldError(String field) {
        return hasFieldError(field, "");
    }

    public static Matcher<InvalidInputException> hasFieldError(String field, String messagePart) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(InvalidInputException e) {
                return e.errors().stream().anyMatch(p -> p.field().equals(field) && p.message().contains(messagePart));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("invalid input with an error on ").appendValue(field)
                        .appendText(" containing ").appendValue(messagePart);
            }

            @Override
            protected void describeMismatchSafely(InvalidInputException e, Description description) {
                description.appendText("errors were ").appendValue(e.errors());
            }
        };
    }
}
