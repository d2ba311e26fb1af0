package io.certexam.platform.problem;

/**
 * The request is well formed but conflicts with the current state (already submitted, deadline passed,
 * not published yet…): 409 with a stable machine-readable {@code code}.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;

    public RuleViolationException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
