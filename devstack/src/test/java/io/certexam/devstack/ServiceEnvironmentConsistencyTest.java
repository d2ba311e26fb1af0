package io.certexam.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The environment contract has three copies that must agree: what the devstack sets, what docker-compose.yml sets,
 * and what the services' configuration reads.
 */
class ServiceEnvironmentConsistencyTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)");
    private static final Path ROOT = projectRoot();

    @ParameterizedTest
    @EnumSource(DevService.class)
    void composeSetsExactlyTheContractVariables(DevService service) throws IOException {
        assertThat(composeEnvironment(service).keySet())
                .containsExactlyInAnyOrderElementsOf(contractNames(service));
    }

    @ParameterizedTest
    @EnumSource(DevService.class)
    void composeSetsTheFixedPortAndTheServicesOwnDatabase(DevService service) throws IOException {
        Map<String, Object> environment = composeEnvironment(service);
        assertThat(String.valueOf(environment.get(ServiceEnvironment.SERVER_PORT))).isEqualTo(String.valueOf(service.port()));
        assertThat(String.valueOf(environment.get(ServiceEnvironment.OPS_PORT))).isEqualTo(String.valueOf(service.opsPort()));
        assertThat(String.valueOf(environment.get(ServiceEnvironment.DB_URL))).endsWith("/" + service.database());
    }

    @ParameterizedTest
    @EnumSource(DevService.class)
    void serviceConfigurationReadsEveryContractVariable(DevService service) throws IOException {
        Path applicationYml = ROOT.resolve(service.moduleName()).resolve("src/main/resources/application.yml");
        assumeTrue(Files.exists(applicationYml), service.moduleName() + " has no application.yml yet");
        Set<String> referenced = placeholders(applicationYml);
        Path platformDefaults = ROOT.resolve("platform/src/main/resources/certexam-platform-defaults.properties");
        if (Files.exists(platformDefaults)) {
            referenced.addAll(placeholders(platformDefaults));
        }
        assertThat(referenced)
                .as("${NAME} placeholders in %s and the platform defaults", ROOT.relativize(applicationYml))
                .containsAll(contractNames(service));
    }

    private static Set<String> contractNames(DevService service) {
        var anyInfrastructure = new ServiceEnvironment.Infrastructure(5432, "localhost:9092", "http://localhost:8080/jwks");
        return ServiceEnvironment.forService(service, anyInfrastructure).keySet();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> composeEnvironment(DevService service) throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            Map<String, Object> services = (Map<String, Object>) compose.get("services");
            assertThat(services).as("compose services").containsKey(service.moduleName());
            Map<String, Object> definition = (Map<String, Object>) services.get(service.moduleName());
            return (Map<String, Object>) definition.get("environment");
        }
    }

    private static Set<String> placeholders(Path file) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(Files.readString(file));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Path projectRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("docker-compose.yml"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }
}
