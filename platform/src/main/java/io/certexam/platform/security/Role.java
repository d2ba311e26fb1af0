package io.certexam.platform.security;

/** The roles a token may carry in its {@code roles} claim (DESIGN §6). */
public enum Role {
    AUTHOR, CANDIDATE, PROCTOR, GRADER, AUDITOR, ADMIN
}
