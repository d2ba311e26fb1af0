package io.certexam.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

class UniqueViolationResolverTest {

    private final UniqueViolationResolver resolver = new UniqueViolationResolver();

    @Test
    void aUniqueViolationInsideAJdbcBatchIsADuplicateKey() {
        // what PgJDBC throws when the event store's (aggregate, sequence) key is taken
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO DomainEventEntry … was aborted",
                "23505", new int[0]);
        batch.initCause(new SQLException("ERROR: duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(new EventStoreException("append failed", batch))).isTrue();
    }

    @Test
    void otherIntegrityOrConnectionFailuresAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("violates foreign key constraint", "23503")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("Connection refused", "08001"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
