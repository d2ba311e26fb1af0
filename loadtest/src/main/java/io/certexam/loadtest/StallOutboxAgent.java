package io.certexam.loadtest;

import java.util.Arrays;
import java.util.List;

/**
 * A Java agent that {@code loadtest/fault.sh stall-outbox} loads into a running service: it stops the service's event
 * store reader, the thread Axon's {@code EmbeddedEventStore} feeds its outbox from, as an OutOfMemoryError once did
 * (docs/decisions.md D21). The service keeps answering; only its outbox watchdog (D22) can notice.
 */
public final class StallOutboxAgent {

    private StallOutboxAgent() {
    }

    public static void agentmain(String arguments) throws InterruptedException {
        List<Thread> readers = Thread.getAllStackTraces().keySet().stream()
                .filter(StallOutboxAgent::isEventStoreReader)
                .toList();
        // The reader ends on an interrupt while it waits; one that lands in a JDBC call may be swallowed, so repeat.
        for (int i = 0; i < 200 && readers.stream().anyMatch(Thread::isAlive); i++) {
            readers.forEach(Thread::interrupt);
            Thread.sleep(50);
        }
        System.err.printf("StallOutboxAgent: %d event store reader(s) interrupted, %d still alive%n", readers.size(),
                readers.stream().filter(Thread::isAlive).count());
    }

    private static boolean isEventStoreReader(Thread thread) {
        return Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().endsWith("EmbeddedEventStore$EventProducer"));
    }
}
