package io.certexam.devstack;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** SIGTERM first so the JVMs run their shutdown hooks (Spring's graceful shutdown, Kafka's controlled shutdown). */
final class ProcessTermination {

    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private ProcessTermination() {
    }

    /** Returns true if the process ended within {@code grace}, false if it had to be killed. */
    static boolean terminate(ProcessHandle process, Duration grace) {
        process.destroy();
        if (awaitExit(process, grace)) {
            return true;
        }
        process.destroyForcibly();
        awaitExit(process, AFTER_KILL);
        return false;
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
