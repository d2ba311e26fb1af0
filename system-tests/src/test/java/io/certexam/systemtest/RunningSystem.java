package io.certexam.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.certexam.devstack.DevService;
import io.certexam.devstack.ServiceEnvironment;
import io.certexam.devstack.ServiceProcess;
import io.certexam.embedded.postgres.EmbeddedPostgres;
import io.certexam.testsupport.TestInfrastructure;

/**
 * The four services started from their runnable jars, each in its own JVM with the same environment
 * contract as {@code ./run.sh}, against the test JVM's PostgreSQL, KRaft broker and token issuer.
 * Free ports are used, so a running {@code ./run.sh} does not get in the way.
 */
final class RunningSystem implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Path PROJECT_ROOT = Path.of("..").toAbsolutePath().normalize();

    private final Map<DevService, ServiceProcess> services = new EnumMap<>(DevService.class);

    static RunningSystem start() {
        EmbeddedPostgres postgres = TestInfrastructure.postgres();
        ServiceEnvironment.Infrastructure infrastructure = new ServiceEnvironment.Infrastructure(postgres.port(),
                TestInfrastructure.bootstrapServers(), TestInfrastructure.tokens().jwksUri());
        Path work = PROJECT_ROOT.resolve("system-tests/target/system");
        RunningSystem system = new RunningSystem();
        try {
            for (DevService service : DevService.values()) {
                postgres.createDatabaseIfMissing(service.database());
                Map<String, String> environment = new java.util.LinkedHashMap<>(
                        ServiceEnvironment.forService(service, infrastructure));
                environment.put(ServiceEnvironment.SERVER_PORT, String.valueOf(freePort()));
                environment.put(ServiceEnvironment.OPS_PORT, String.valueOf(freePort()));
                system.services.put(service, ServiceProcess.start(service, service.executableJar(PROJECT_ROOT),
                        environment, work));
            }
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            for (ServiceProcess process : system.services.values()) {
                process.awaitHealthy(deadline);
            }
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    String url(DevService service) {
        return services.get(service).baseUrl();
    }

    String logTail(DevService service) {
        return services.get(service).logTail(60);
    }

    @Override
    public void close() {
        List<Thread> stoppers = new ArrayList<>();
        services.values().forEach(process -> {
            Thread stopper = new Thread(process::stop);
            stopper.start();
            stoppers.add(stopper);
        });
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
