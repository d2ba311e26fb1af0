package io.certexam.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.certexam.embedded.token.DevTokenIssuer;

/** The users the README's curl tour acts as, one per role, each with the variable its token is exported in. */
final class DevPersonas {

    record Persona(String variable, String subject, List<String> roles, String org) {
    }

    static final List<Persona> ALL = List.of(
            new Persona("AUTHOR_TOKEN", "author-1", List.of("AUTHOR"), null),
            new Persona("CANDIDATE_TOKEN", "cand-001", List.of("CANDIDATE"), "chain-a/east/store-042"),
            new Persona("CANDIDATE2_TOKEN", "cand-002", List.of("CANDIDATE"), "chain-a/west/store-007"),
            new Persona("PROCTOR_TOKEN", "proctor-1", List.of("PROCTOR"), "chain-a/east"),
            new Persona("GRADER_TOKEN", "grader-1", List.of("GRADER"), null),
            new Persona("AUDITOR_TOKEN", "auditor-1", List.of("AUDITOR"), null),
            new Persona("ADMIN_TOKEN", "admin-1", List.of("ADMIN", "AUDITOR"), "chain-a"));

    private DevPersonas() {
    }

    /** Variable name → token, in the order of {@link #ALL}. */
    static Map<String, String> mintTokens(DevTokenIssuer issuer) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Persona persona : ALL) {
            tokens.put(persona.variable(), issuer.token(persona.subject(), persona.roles(), persona.org()));
        }
        return tokens;
    }

    static List<String> exportLines(Map<String, String> tokens) {
        return tokens.entrySet().stream().map(e -> "export " + e.getKey() + "=" + e.getValue()).toList();
    }

    /** Written for {@code source .devstack/tokens.env}; tokens are signed with the kept key, so they outlive restarts. */
    static void writeEnvFile(Path file, Map<String, String> tokens) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, exportLines(tokens));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
