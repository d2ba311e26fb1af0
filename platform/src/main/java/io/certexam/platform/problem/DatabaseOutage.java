package io.certexam.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a request that failed because PostgreSQL could not be reached (restarting, failing over, pool
 * exhausted by a reconnect storm) anywhere in the cause chain — Axon and Spring wrap it several layers deep.
 * Such a request changed nothing and may simply be sent again, which a 503 says and a 500 does not; a consumed
 * record that failed this way is retried until the database is back instead of being dead-lettered.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isEvictedByThePool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * HikariCP evicts a connection whose server went away; the next statement on it in the same transaction then
     * fails with this message and no SQLState (seen during a PostgreSQL fast restart under load).
     */
    private static boolean isEvictedByThePool(SQLException e) {
        return e.getSQLState() == null && "Connection is closed".equals(e.getMessage());
    }

    /** Class 08 (connection exception) and 57P01–57P03 (admin/crash shutdown, cannot connect now). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
