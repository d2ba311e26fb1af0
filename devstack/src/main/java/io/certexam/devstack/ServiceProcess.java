package io.certexam.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One service's runnable jar in its own JVM, with the environment contract set (also used by the system tests). */
public final class ServiceProcess {

    /** Spring Boot's graceful shutdown waits up to 30 s for requests in flight. */
    static final Duration STOP_GRACE = Duration.ofSeconds(35);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DevService service;
    private final int port;
    private final int opsPort;
    private final ManagedProcess process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess(DevService service, int port, int opsPort, ManagedProcess process) {
        this.service = service;
        this.port = port;
        this.opsPort = opsPort;
        this.process = process;
    }

    /** Starts the service on the ports its {@code SERVER_PORT} and {@code OPS_PORT} variables name. */
    public static ServiceProcess start(DevService service, Path jar, Map<String, String> environment, Path workDirectory) {
        int port = Integer.parseInt(environment.get(ServiceEnvironment.SERVER_PORT));
        int opsPort = Integer.parseInt(environment.get(ServiceEnvironment.OPS_PORT));
        String jarPath = jar.toAbsolutePath().toString();
        stopLeftover(service, jar, workDirectory);
        Ports.requireFree(port, service.moduleName(), "");
        Ports.requireFree(opsPort, service.moduleName() + " (ops port)", "");
        // Axon's update checker would report usage to AxonIQ from every developer's machine (and log a stack trace
        // where there is no network); a system property, so the environment stays exactly the contract.
        // String deduplication: every cached attempt of an exam holds the same item and option ids, read from JSON.
        // Exit on running out of heap: a JVM that survives an OutOfMemoryError may have lost any thread (Axon's
        // event store reader did, and the outbox then waited for ever); a dead one is restarted (--supervise).
        List<String> command = List.of(ManagedProcess.javaExecutable(), "-Xms128m", "-Xmx" + service.maxHeap(),
                "-XX:+UseStringDeduplication", "-XX:+ExitOnOutOfMemoryError", "-Daxoniq.update-checker.disabled=true",
                "-jar", jarPath);
        ManagedProcess process = ManagedProcess.start(service.moduleName(), command, environment,
                workDirectory.resolve("logs").resolve(service.moduleName() + ".log"), pidFile(service, workDirectory));
        return new ServiceProcess(service, port, opsPort, process);
    }

    /** Stops the service an earlier run left running (after a kill -9 of that run). */
    static void stopLeftover(DevService service, Path jar, Path workDirectory) {
        new PidFile(pidFile(service, workDirectory))
                .stopLeftover(service.moduleName(), jar.toAbsolutePath().toString(), STOP_GRACE);
    }

    private static Path pidFile(DevService service, Path workDirectory) {
        return workDirectory.resolve("pids").resolve(service.moduleName() + ".pid");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Asks for a graceful stop and waits for it; kills the process if it does not stop in time. */
    public void stop() {
        process.requestStop();
        process.stop(STOP_GRACE);
    }

    public String logTail(int lines) {
        return process.logTail(lines);
    }

    DevService service() {
        return service;
    }

    ManagedProcess process() {
        return process;
    }

    /**
     * Polls {@code /actuator/health} until it reports UP; the pause between polls is a wait on the process's exit,
     * so a service that dies during start-up is reported at once rather than at the deadline.
     */
    public void awaitHealthy(Instant deadline) {
        while (!isUp()) {
            if (Instant.now().isAfter(deadline)) {
                throw new ServiceStartFailure(service, "not healthy within the start-up timeout", process);
            }
            try {
                process.onExit().get(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                throw new ServiceStartFailure(service, "exited with code " + process.exitValue() + " during start-up", process);
            } catch (TimeoutException stillRunning) {
                // poll again
            } catch (ExecutionException e) {
                throw new ServiceStartFailure(service, "cannot watch the process: " + e.getCause(), process);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceStartFailure(service, "interrupted while waiting for it", process);
            }
        }
    }

    private boolean isUp() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode status = JSON.readTree(response.body()).path("status");
            return "UP".equals(status.asText());
        } catch (IOException e) {
            return false; // not listening yet, or not JSON yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * True when the service answers its liveness probe with 503: it has declared itself broken and asks to be
     * restarted (its outbox stalled, D22). A service that does not answer (starting, or too busy) is not judged.
     * Asked on the ops port, which answers even when candidates hold every request thread.
     */
    boolean reportsBroken() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + opsPort + "/actuator/health/liveness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 503;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A service that did not come up, with the end of its log so the reason is on screen. */
    static final class ServiceStartFailure extends RuntimeException {
        ServiceStartFailure(DevService service, String what, ManagedProcess process) {
            super(service.moduleName() + " " + what + "; last lines of " + process.logFile() + ":\n" + process.logTail(40));
        }
    }
}
