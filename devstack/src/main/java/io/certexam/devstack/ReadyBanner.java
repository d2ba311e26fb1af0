package io.certexam.devstack;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a developer needs once the stack is up: where everything is and tokens to paste. */
final class ReadyBanner {

    private static final String RULE = "=".repeat(100);

    private ReadyBanner() {
    }

    static String render(List<DevService> services, int postgresPort, String kafkaBootstrapServers,
                         Map<String, String> tokens, String tokensFile) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(RULE).append('\n');
        out.append(services.isEmpty() ? " certexam infrastructure is up (--infra-only: no services)\n"
                : " certexam local stack is up\n");
        out.append('\n');
        for (DevService service : services) {
            out.append(String.format(" %-18s %s/api   Swagger UI: %s/swagger-ui.html   ops: %s/actuator%n",
                    service.moduleName(), service.baseUrl(), service.baseUrl(), service.opsUrl()));
        }
        out.append(String.format(" %-18s %s/dev/token   JWKS: %s%n", "dev token issuer", DevStack.ISSUER_URL, DevStack.JWKS_URI));
        String databases = services.isEmpty() ? "<db>"
                : services.stream().map(DevService::database).collect(Collectors.joining(",", "{", "}"));
        out.append(String.format(" %-18s jdbc:postgresql://localhost:%d/%s   user postgres, no password%n",
                "PostgreSQL", postgresPort, databases));
        out.append(String.format(" %-18s %s%n", "Kafka", kafkaBootstrapServers));
        out.append(String.format(" %-18s %s%n", "logs", DevStack.STATE_DIRECTORY + "/logs/"));
        out.append('\n');
        out.append(" Tokens (valid " + io.certexam.embedded.token.DevTokenIssuer.TOKEN_LIFETIME.toHours()
                + " h): source " + tokensFile + "   or paste:\n");
        for (DevPersonas.Persona persona : DevPersonas.ALL) {
            out.append("# ").append(persona.subject()).append(' ').append(persona.roles())
                    .append(persona.org() == null ? "" : " org " + persona.org()).append('\n');
            out.append("export ").append(persona.variable()).append('=').append(tokens.get(persona.variable())).append('\n');
        }
        out.append('\n').append(" Ctrl-C stops everything.\n").append(RULE).append('\n');
        return out.toString();
    }
}
