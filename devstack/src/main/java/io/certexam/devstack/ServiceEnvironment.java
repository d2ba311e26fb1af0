package io.certexam.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment contract between a deployment and the services: every service reads exactly these
 * variables. The local stack sets them from here; docker-compose.yml sets the same names (a test holds
 * the two together, and checks each service's configuration actually reads them).
 */
public final class ServiceEnvironment {

    public static final String SERVER_PORT = "SERVER_PORT";
    public static final String OPS_PORT = "OPS_PORT";
    public static final String DB_URL = "DB_URL";
    public static final String DB_USER = "DB_USER";
    public static final String DB_PASSWORD = "DB_PASSWORD";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String JWT_JWK_SET_URI = "JWT_JWK_SET_URI";
    public static final String KAFKA_TOPIC_PARTITIONS = "KAFKA_TOPIC_PARTITIONS";
    public static final String KAFKA_REPLICATION_FACTOR = "KAFKA_REPLICATION_FACTOR";

    static final int LOCAL_TOPIC_PARTITIONS = 6;
    static final int LOCAL_REPLICATION_FACTOR = 1;

    /** Where the infrastructure a service talks to is reachable. */
    public record Infrastructure(int postgresPort, String kafkaBootstrapServers, String jwkSetUri) {
    }

    private ServiceEnvironment() {
    }

    /** The variables for one service of the local stack (PostgreSQL trusts local connections: empty password). */
    public static Map<String, String> forService(DevService service, Infrastructure infrastructure) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(SERVER_PORT, String.valueOf(service.port()));
        environment.put(OPS_PORT, String.valueOf(service.opsPort()));
        environment.put(DB_URL, "jdbc:postgresql://localhost:" + infrastructure.postgresPort() + "/" + service.database());
        environment.put(DB_USER, "postgres");
        environment.put(DB_PASSWORD, "");
        environment.put(KAFKA_BOOTSTRAP_SERVERS, infrastructure.kafkaBootstrapServers());
        environment.put(JWT_JWK_SET_URI, infrastructure.jwkSetUri());
        environment.put(KAFKA_TOPIC_PARTITIONS, String.valueOf(LOCAL_TOPIC_PARTITIONS));
        environment.put(KAFKA_REPLICATION_FACTOR, String.valueOf(LOCAL_REPLICATION_FACTOR));
        return environment;
    }
}
