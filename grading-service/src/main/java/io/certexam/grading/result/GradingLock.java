package io.certexam.grading.result;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Closes the race between a submission that finds a key missing and that key arriving at the same time:
 * under READ COMMITTED each transaction could miss the other's write, leaving the attempt waiting
 * forever. Grading transactions share a PostgreSQL advisory lock (they still run in parallel); a
 * transaction that stores a new key or pass mark takes it exclusively before looking for waiting
 * attempts, so it sees every wait committed before it, and later graders see its key. Transaction-scoped:
 * released at commit or rollback, across all instances of the service.
 */
@Component
public class GradingLock {

    private static final long GRADING_INPUTS = 0x6772616465L;

    private final JdbcClient jdbc;

    GradingLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Taken first thing by a transaction that may grade. */
    void forGrading() {
        requireTransaction();
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock_shared(?)").param(GRADING_INPUTS).query(Integer.class).single();
    }

    /** Taken after storing a new input and before looking for the attempts waiting for it. */
    public void forNewInput() {
        requireTransaction();
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(GRADING_INPUTS).query(Integer.class).single();
    }

    /** Outside a transaction the lock would be released as soon as it is taken. */
    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the grading lock is only meaningful inside a transaction");
        }
    }
}
