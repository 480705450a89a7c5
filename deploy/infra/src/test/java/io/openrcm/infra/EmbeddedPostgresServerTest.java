package io.openrcm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    // Unpacking the distribution takes seconds: every test here shares one copy (target/tmp, like the build's tmpdir).
    private static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"), "rcm-postgres-binaries");

    @TempDir
    Path dir;

    @Test
    void createsADatabaseAndAnswersQueries() throws SQLException {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.builder(dir).binariesDirectory(BINARIES).start()) {
            postgres.ensureDatabase("claims");
            postgres.ensureDatabase("claims");

            try (Connection connection = connect(postgres, "claims");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select 1, current_database()")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1);
                assertThat(rows.getString(2)).isEqualTo("claims");
            }
        }
    }

    @Test
    void keepsDataAcrossARestartWhenPersistent() throws SQLException {
        try (EmbeddedPostgresServer postgres = persistentServer()) {
            postgres.ensureDatabase("reimbursement");
            try (Connection connection = connect(postgres, "reimbursement");
                 Statement statement = connection.createStatement()) {
                statement.execute("create table payment (trace_number text primary key)");
                statement.execute("insert into payment values ('TRN-1')");
            }
        }

        try (EmbeddedPostgresServer restarted = persistentServer();
             Connection connection = connect(restarted, "reimbursement");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select trace_number from payment")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("TRN-1");
        }
    }

    @Test
    void wipesTheDataOfAThrowAwayServer() {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.builder(dir).binariesDirectory(BINARIES).start()) {
            postgres.ensureDatabase("scratch");
        }

        assertThat(dir.resolve("data")).doesNotExist();
    }

    private EmbeddedPostgresServer persistentServer() {
        return EmbeddedPostgresServer.builder(dir).binariesDirectory(BINARIES).persistent(true).start();
    }

    private static Connection connect(EmbeddedPostgresServer postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
