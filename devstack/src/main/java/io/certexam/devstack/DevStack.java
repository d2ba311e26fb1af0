package io.certexam.devstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.certexam.embedded.postgres.EmbeddedPostgres;
import io.certexam.embedded.token.DevTokenIssuer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./run.sh}: PostgreSQL, a KRaft Kafka broker, the dev token issuer and the four services on this machine,
 * with state kept under {@code .devstack/} in the working directory (the project root). Ctrl-C stops everything.
 *
 * <p>Options: {@code --demo} loads the demo bank and exam once the services are healthy; {@code --infra-only}
 * (for debugging a service from the IDE) starts PostgreSQL, Kafka and the issuer but no service; {@code --supervise}
 * restarts a service or the broker that dies, and a service whose liveness probe reports it broken, as an orchestrator
 * would (the fault runs in {@code loadtest/} kill them).
 */
public final class DevStack {

    static final String STATE_DIRECTORY = ".devstack";
    static final int ISSUER_PORT = 8080;
    static final String ISSUER_URL = "http://localhost:" + ISSUER_PORT;
    static final String JWKS_URI = ISSUER_URL + "/.well-known/jwks.json";

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration LIVENESS_EVERY = Duration.ofSeconds(10);
    private static final int LIVENESS_STRIKES = 3;
    private static final String USAGE = "usage: ./run.sh [--demo]\n"
            + "  --demo   also load a demo question bank and exam through bank-service's API, then simulate an exam day:\n"
            + "           DEMO_CANDIDATES candidates (default 300; 0 = none) in six stores sit it through exam-service,\n"
            + "           DEMO_THREADS at a time (default 8), DEMO_SEED (default 42); see docs/demo.md\n"
            + "  --supervise  restart a service or the Kafka broker that dies (kill -9) instead of stopping the stack,\n"
            + "           and a service whose /actuator/health/liveness says DOWN three times in a row (10 s apart),\n"
            + "           as an orchestrator would (not while .devstack/hold/<module> or hold/kafka exists); used by the\n"
            + "           fault runs of the load benchmark (loadtest/README.md)";

    private final Path projectRoot;
    private final Path state;
    private final int postgresPort = Ports.fromEnvironment("DEVSTACK_PG_PORT", 5432);
    private final int kafkaPort = Ports.fromEnvironment("DEVSTACK_KAFKA_PORT", 9092);
    private final int kafkaControllerPort = Ports.fromEnvironment("DEVSTACK_KAFKA_CONTROLLER_PORT", 9093);

    // Guarded by this: a component is started and registered under the lock, so a Ctrl-C during start-up either
    // stops it or prevents it, never leaves it running unregistered.
    private EmbeddedPostgres postgres;
    private KafkaBroker kafka;
    private DevTokenIssuer issuer;
    private final List<ServiceProcess> services = new ArrayList<>();
    private ServiceEnvironment.Infrastructure infrastructure;
    private volatile boolean stopping;

    private DevStack(Path projectRoot) {
        this.projectRoot = projectRoot;
        this.state = projectRoot.resolve(STATE_DIRECTORY);
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        List<String> options = List.of("--demo", "--infra-only", "--supervise");
        List<String> unknown = arguments.stream().filter(a -> !options.contains(a)).toList();
        if (!unknown.isEmpty()) {
            System.err.println("unknown option " + unknown + "\n" + USAGE);
            System.exit(2);
        }
        boolean infraOnly = arguments.contains("--infra-only");
        boolean demo = arguments.contains("--demo");
        ExamDay.Settings demoDay = null;
        if (demo) {
            try {
                demoDay = ExamDay.Settings.fromEnvironment(System.getenv());
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(2);
            }
        }

        DevStack stack = new DevStack(Path.of("").toAbsolutePath());
        List<DevService> toRun = infraOnly ? List.of() : List.of(DevService.values());
        List<Path> missing = toRun.stream().map(s -> s.executableJar(stack.projectRoot)).filter(jar -> !Files.exists(jar)).toList();
        if (!missing.isEmpty()) {
            System.err.println("Missing service jars:");
            missing.forEach(jar -> System.err.println("  " + stack.projectRoot.relativize(jar)));
            System.err.println("Build them with: ./mvnw -DskipTests package");
            System.exit(2);
        }

        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "devstack-shutdown"));
        try {
            stack.start(toRun);
            Map<String, String> tokens = DevPersonas.mintTokens(stack.issuer);
            Path tokensFile = stack.state.resolve("tokens.env");
            DevPersonas.writeEnvFile(tokensFile, tokens);
            System.out.println(ReadyBanner.render(toRun, stack.postgresPort, stack.kafka.bootstrapServers(), tokens,
                    STATE_DIRECTORY + "/" + tokensFile.getFileName()));
            if (demo && !infraOnly) {
                stack.loadDemo(tokens.get("AUTHOR_TOKEN"), demoDay);
            }
        } catch (RuntimeException e) {
            if (stack.stopping) {
                return; // interrupted by Ctrl-C: the shutdown hook is already stopping what had started
            }
            log.error("The stack did not start: {}", e.getMessage());
            if (!(e instanceof IllegalStateException) && !(e instanceof IllegalArgumentException)) {
                log.error("Cause", e);
            }
            System.exit(1);
        }
        if (arguments.contains("--supervise")) {
            stack.stopServicesThatReportBroken();
            stack.restartChildrenThatDie();
        } else {
            stack.exitWhenAChildDies();
        }
    }

    private void start(List<DevService> toRun) {
        preflight(toRun);
        startPostgres();
        synchronized (this) {
            requireNotStopping();
            kafka = KafkaBroker.start(state, kafkaPort, kafkaControllerPort, System.getProperty("java.class.path"));
        }
        synchronized (this) {
            requireNotStopping();
            issuer = DevTokenIssuer.withKeyIn(state.resolve("jwt-key.json")).serve(ISSUER_PORT);
            log.info("Dev token issuer on {}", ISSUER_URL);
        }
        infrastructure = new ServiceEnvironment.Infrastructure(postgresPort, kafka.bootstrapServers(), JWKS_URI);
        for (DevService service : toRun) {
            synchronized (this) {
                requireNotStopping();
                log.info("Starting {} on port {}", service.moduleName(), service.port());
                services.add(ServiceProcess.start(service, service.executableJar(projectRoot),
                        ServiceEnvironment.forService(service, infrastructure), state));
            }
        }
        if (!toRun.isEmpty()) {
            log.info("Waiting for the services to report healthy (up to {} s; logs in {}/logs/)",
                    HEALTH_TIMEOUT.toSeconds(), STATE_DIRECTORY);
        }
        Instant deadline = Instant.now().plus(HEALTH_TIMEOUT);
        for (ServiceProcess service : services) {
            service.awaitHealthy(deadline);
            log.info("{} is healthy", service.service().moduleName());
        }
    }

    /**
     * Stops what an earlier run left behind when it was killed with -9 (PostgreSQL does that itself), then fails fast
     * on a port that something else holds, before minutes go into starting the rest.
     */
    private void preflight(List<DevService> toRun) {
        KafkaBroker.stopLeftover(state);
        toRun.forEach(service -> ServiceProcess.stopLeftover(service, service.executableJar(projectRoot), state));
        Ports.requireFree(ISSUER_PORT, "the dev token issuer", "");
        Ports.requireFree(kafkaPort, "the Kafka broker", "set DEVSTACK_KAFKA_PORT to use another");
        Ports.requireFree(kafkaControllerPort, "the Kafka controller", "set DEVSTACK_KAFKA_CONTROLLER_PORT to use another");
        toRun.forEach(service -> Ports.requireFree(service.port(), service.moduleName(), ""));
    }

    private synchronized void startPostgres() {
        requireNotStopping();
        log.info("Starting PostgreSQL on port {} (data in {}/postgres)", postgresPort, STATE_DIRECTORY);
        try {
            postgres = EmbeddedPostgres.start(state.resolve("postgres"), postgresPort, EmbeddedPostgres.durableSettings());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage()
                    + "\nIf another PostgreSQL server uses port " + postgresPort + ", set DEVSTACK_PG_PORT to a free port.", e);
        }
        for (DevService service : DevService.values()) {
            postgres.createDatabaseIfMissing(service.database());
        }
    }

    private void loadDemo(String authorToken, ExamDay.Settings demoDay) {
        Path marker = state.resolve("demo-loaded");
        boolean loadedBefore = Files.exists(marker);
        try {
            String examId = new DemoLoader(URI.create(DevService.BANK.baseUrl()), authorToken).loadOnce(marker);
            if (loadedBefore) {
                log.info("Demo already loaded earlier (delete {}/demo-loaded to load it again)", STATE_DIRECTORY);
            }
            System.out.println("Demo exam id: " + examId + "   (candidates: GET " + DevService.EXAM.baseUrl()
                    + "/api/exams/" + examId + " once exam-service has received it)");
            new ExamDay(URI.create(DevService.EXAM.baseUrl()), URI.create(DevService.REPORTING.baseUrl()), issuer::token,
                    demoDay, System.out).runOnce(examId, state.resolve(ExamDay.MARKER));
        } catch (RuntimeException e) {
            // The stack itself is fine, so it stays up for a look at what the bank said.
            log.error("Loading the demo failed: {}", e.getMessage());
        }
    }

    /** Blocks while all children run; if one dies on its own, says which and stops the rest (through the hook). */
    private void exitWhenAChildDies() {
        List<ManagedProcess> watched = new ArrayList<>();
        synchronized (this) {
            services.forEach(service -> watched.add(service.process()));
            watched.add(kafka.process());
        }
        CompletableFuture.anyOf(watched.stream().map(ManagedProcess::onExit).toArray(CompletableFuture[]::new)).join();
        if (stopping) {
            return;
        }
        for (ManagedProcess process : watched) {
            if (!process.isAlive()) {
                log.error("{} exited unexpectedly with code {}; last lines of {}:\n{}", process.name(),
                        process.exitValue(), process.logFile(), process.logTail(40));
            }
        }
        log.error("Stopping the stack because a process died");
        System.exit(1);
    }

    /**
     * {@code --supervise}: blocks while the stack runs; a service or the broker that exits on its own is started
     * again on the same port and data (the broker first: the services' clients reconnect to it by themselves).
     * While a file {@code .devstack/hold/<module>} (or {@code hold/kafka}) exists, that child is left down: the
     * fault runs use it to keep a service away for a while.
     */
    private void restartChildrenThatDie() {
        while (!stopping) {
            List<ManagedProcess> watched;
            synchronized (this) {
                watched = Stream.concat(services.stream().map(ServiceProcess::process), Stream.of(kafka.process()))
                        .filter(ManagedProcess::isAlive).toList();
            }
            try {
                CompletableFuture.anyOf(watched.stream().map(ManagedProcess::onExit).toArray(CompletableFuture[]::new))
                        .get(1, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException stillRunningOrHeld) {
                // look again: a hold may have been lifted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                restartDeadChildren();
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                log.error("A restart failed, stopping the stack: {}", e.getMessage());
                System.exit(1);
            }
        }
    }

    /**
     * {@code --supervise}: what an orchestrator's liveness probe does. A service whose liveness probe answers DOWN
     * {@value #LIVENESS_STRIKES} times in a row, {@link #LIVENESS_EVERY} apart, is stopped, and then restarted like one
     * that died.
     */
    private void stopServicesThatReportBroken() {
        Thread watcher = new Thread(() -> {
            Strikes<ServiceProcess> strikes = new Strikes<>(LIVENESS_STRIKES);
            while (!stopping) {
                try {
                    Thread.sleep(LIVENESS_EVERY.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                List<ServiceProcess> running;
                synchronized (this) {
                    running = List.copyOf(services);
                }
                strikes.check(running, ServiceProcess::reportsBroken).forEach(this::stopBroken);
            }
        }, "devstack-liveness");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Under the stack's lock, so the restart waits until the stop is complete. */
    private synchronized void stopBroken(ServiceProcess service) {
        if (stopping || !service.process().isAlive()) {
            return;
        }
        log.warn("{} reports itself broken (liveness DOWN {} times in a row); stopping it to restart it",
                service.service().moduleName(), LIVENESS_STRIKES);
        service.stop();
    }

    private synchronized void restartDeadChildren() {
        if (stopping) {
            return;
        }
        if (!kafka.process().isAlive() && !held("kafka")) {
            log.warn("Kafka broker exited with code {}; restarting it (log of the dead run: {}.previous)",
                    kafka.process().exitValue(), kafka.process().logFile());
            kafka = KafkaBroker.start(state, kafkaPort, kafkaControllerPort, System.getProperty("java.class.path"));
        }
        for (int i = 0; i < services.size(); i++) {
            ServiceProcess service = services.get(i);
            DevService which = service.service();
            if (!service.process().isAlive() && !held(which.moduleName())) {
                log.warn("{} exited with code {}; restarting it (log of the dead run: {}.previous)", which.moduleName(),
                        service.process().exitValue(), service.process().logFile());
                services.set(i, ServiceProcess.start(which, which.executableJar(projectRoot),
                        ServiceEnvironment.forService(which, infrastructure), state));
            }
        }
    }

    private boolean held(String child) {
        return Files.exists(state.resolve("hold").resolve(child));
    }

    private void requireNotStopping() {
        if (stopping) {
            throw new IllegalStateException("stopping");
        }
    }

    /** Services first, while the broker and database they flush to are still there. */
    private void stop() {
        stopping = true;
        synchronized (this) {
            if (!services.isEmpty()) {
                log.info("Stopping the services");
            }
            // all at once, so their graceful shutdowns overlap
            services.forEach(service -> service.process().requestStop());
            for (ServiceProcess service : services) {
                if (!service.process().stop(ServiceProcess.STOP_GRACE)) {
                    log.warn("{} did not stop within {} s and was killed", service.service().moduleName(),
                            ServiceProcess.STOP_GRACE.toSeconds());
                }
            }
            if (issuer != null) {
                issuer.close();
            }
            if (kafka != null) {
                kafka.close();
            }
            if (postgres != null) {
                log.info("Stopping PostgreSQL");
                try {
                    postgres.close();
                } catch (RuntimeException e) {
                    log.warn("Stopping PostgreSQL failed: {}", e.getMessage());
                }
            }
            log.info("Stopped");
        }
    }
}
