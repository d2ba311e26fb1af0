package io.certexam.embedded.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsCommittedDataAcrossARestart() throws Exception {
        int port = freePort();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, port, EmbeddedPostgres.durableSettings())) {
            postgres.createDatabaseIfMissing("bank");
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("bank"), EmbeddedPostgres.SUPERUSER, "")) {
                c.createStatement().execute("CREATE TABLE note(text varchar)");
                c.createStatement().execute("INSERT INTO note VALUES ('kept')");
            }
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, port, EmbeddedPostgres.durableSettings())) {
            postgres.createDatabaseIfMissing("bank");
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("bank"), EmbeddedPostgres.SUPERUSER, "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT text FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("kept");
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
