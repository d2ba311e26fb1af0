package io.certexam.grading.regrade;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.certexam.embedded.postgres.EmbeddedPostgres;
import io.certexam.testsupport.TestInfrastructure;

/** A new database of its own on the tests' PostgreSQL, for migration tests that stop at a version and go on. */
final class ScratchDatabase {

    private final DriverManagerDataSource dataSource;

    private ScratchDatabase(DriverManagerDataSource dataSource) {
        this.dataSource = dataSource;
    }

    static ScratchDatabase create(String prefix) {
        EmbeddedPostgres postgres = TestInfrastructure.postgres();
        String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        postgres.createDatabaseIfMissing(database);
        return new ScratchDatabase(new DriverManagerDataSource(postgres.jdbcUrl(database), EmbeddedPostgres.SUPERUSER, ""));
    }

    ScratchDatabase migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform", "classpath:db/migration")
                .target(version).load().migrate();
        return this;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
