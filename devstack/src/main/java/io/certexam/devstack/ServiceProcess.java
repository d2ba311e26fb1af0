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

/** One service's runnable jar in its own JVM, with the environment contract set. */
final class ServiceProcess {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DevService service;
    private final ManagedProcess process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess(DevService service, ManagedProcess process) {
        this.service = service;
        this.process = process;
    }

    static ServiceProcess start(DevService service, Path jar, Map<String, String> environment, Path workDirectory) {
        String jarPath = jar.toAbsolutePath().toString();
        List<String> command = List.of(ManagedProcess.javaExecutable(), "-Xms128m", "-Xmx512m", "-jar", jarPath);
        ManagedProcess process = ManagedProcess.start(service.moduleName(), command, jarPath, environment,
                workDirectory.resolve("logs").resolve(service.moduleName() + ".log"),
                workDirectory.resolve("pids").resolve(service.moduleName() + ".pid"));
        return new ServiceProcess(service, process);
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
    void awaitHealthy(Instant deadline) {
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/health"))
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

    /** A service that did not come up, with the end of its log so the reason is on screen. */
    static final class ServiceStartFailure extends RuntimeException {
        ServiceStartFailure(DevService service, String what, ManagedProcess process) {
            super(service.moduleName() + " " + what + "; last lines of " + process.logFile() + ":\n" + process.logTail(40));
        }
    }
}
