package io.openrcm.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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

    private static final String PASSWORD = PrivateFiles.newSecret();

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
    void convertsADataDirectoryCreatedWithTrustToPasswords() throws Exception {
        try (EmbeddedPostgresServer postgres = persistentServer()) {
            Path hba = postgres.dataDirectory().resolve("pg_hba.conf");
            Files.writeString(hba, Files.readString(hba).replace("scram-sha-256", "trust"));
        }
        String newPassword = PrivateFiles.newSecret();

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.builder(dir).binariesDirectory(BINARIES)
                .persistent(true).superuserPassword(newPassword).start()) {
            try (Connection connection = DriverManager.getConnection(restarted.jdbcUrl("postgres"), restarted.username(), newPassword)) {
                assertThat(connection.isValid(5)).isTrue();
            }
            assertThatThrownBy(() -> DriverManager.getConnection(restarted.jdbcUrl("postgres"), restarted.username(), PASSWORD))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThat(Files.readString(restarted.dataDirectory().resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*trust");
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
        return EmbeddedPostgresServer.builder(dir).binariesDirectory(BINARIES).persistent(true).superuserPassword(PASSWORD).start();
    }

    private static Connection connect(EmbeddedPostgresServer postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
