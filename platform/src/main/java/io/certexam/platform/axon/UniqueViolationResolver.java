package io.certexam.platform.axon;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon's JDBC event store that an append lost a race for a sequence number. Axon's default resolver only
 * recognises {@link SQLIntegrityConstraintViolationException}, which PgJDBC never throws: it reports a unique
 * violation as a {@code PSQLException} with SQLState 23505, wrapped in a {@code BatchUpdateException}. Without this
 * the loser of two concurrent appends got an {@code EventStoreException} (a 500) instead of the
 * {@code ConcurrencyException} the attempt controller decides again on.
 */
public class UniqueViolationResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
