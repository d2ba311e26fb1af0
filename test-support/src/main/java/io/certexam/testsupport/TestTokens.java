package io.certexam.testsupport;

import java.util.List;

/** Bearer tokens from the test issuer, signed with the key the services under test trust. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String token(String subject, String org, String... roles) {
        return TestInfrastructure.tokens().token(subject, List.of(roles), org);
    }

    public static String author() {
        return token("author-1", null, "AUTHOR");
    }

    public static String candidate(String id) {
        return token(id, "chain-a/east/store-042", "CANDIDATE");
    }

    public static String candidate(String id, String org) {
        return token(id, org, "CANDIDATE");
    }

    public static String proctor() {
        return token("proctor-1", "chain-a/east", "PROCTOR");
    }

    public static String grader() {
        return token("grader-1", null, "GRADER");
    }

    public static String auditor() {
        return token("auditor-1", null, "AUDITOR");
    }

    public static String admin() {
        return token("admin-1", null, "ADMIN");
    }
}
