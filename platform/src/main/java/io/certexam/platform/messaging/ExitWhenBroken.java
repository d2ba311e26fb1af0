package io.certexam.platform.messaging;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Exits the JVM when the service declares itself broken (liveness DOWN, see {@link OutboxWatchdog}), for deployments
 * whose supervisor restarts a process that exits but never probes its health: docker compose's
 * {@code restart: on-failure}, systemd's {@code Restart=on-failure}. Kubernetes and {@code ./run.sh --supervise} probe
 * {@code /actuator/health/liveness} instead and leave this off (D22).
 */
public class ExitWhenBroken implements ApplicationListener<AvailabilityChangeEvent<LivenessState>> {

    /** EX_SOFTWARE: a non-zero status, so that "restart on failure" applies. */
    static final int STATUS = 70;

    private static final Logger log = LoggerFactory.getLogger(ExitWhenBroken.class);

    private final IntConsumer exit;
    private final Executor exitThread;
    private boolean exiting;

    /**
     * @param exit       closes the application and ends the JVM with the status it is given
     * @param exitThread runs {@code exit}: not the thread that published the event, since closing the context stops
     *                   the component that published it
     */
    ExitWhenBroken(IntConsumer exit, Executor exitThread) {
        this.exit = exit;
        this.exitThread = exitThread;
    }

    /**
     * Closes the application context (the outbox's unpublished events stay in the event store for the next start),
     * then exits; halts if closing hangs on the very thread that broke.
     */
    public static ExitWhenBroken closing(ConfigurableApplicationContext context, Duration closeTimeout) {
        return new ExitWhenBroken(status -> {
            Thread backstop = new Thread(() -> {
                try {
                    Thread.sleep(closeTimeout.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                log.error("The application did not close within {}: halting", closeTimeout);
                Runtime.getRuntime().halt(status);
            }, "exit-when-broken-backstop");
            backstop.setDaemon(true);
            backstop.start();
            System.exit(SpringApplication.exit(context, () -> status));
        }, task -> new Thread(task, "exit-when-broken").start());
    }

    @Override
    public synchronized void onApplicationEvent(AvailabilityChangeEvent<LivenessState> event) {
        if (event.getState() != LivenessState.BROKEN || exiting) {
            return;
        }
        exiting = true;
        log.error("The service is broken (liveness DOWN): exiting with status {} so that it is restarted", STATUS);
        exitThread.execute(() -> exit.accept(STATUS));
    }
}
