package io.openrcm.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's application role reads and writes rows of its own database, and nothing more. */
class PostgresRolesTest {

    private static final Path BINARIES = Path.of(System.getProperty("java.io.tmpdir"), "rcm-postgres-binaries");
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @TempDir
    static Path dir;

    private static EmbeddedPostgresServer postgres;
    private static DatabaseRoles ledger;
    private static DatabaseRoles claims;

    @BeforeAll
    static void startServerWithALedger() throws SQLException {
        postgres = EmbeddedPostgresServer.builder(dir).binariesDirectory(BINARIES).start();
        ledger = DatabaseRoles.of("reimbursement", role -> PrivateFiles.newSecret());
        claims = DatabaseRoles.of("claims", role -> PrivateFiles.newSecret());
        postgres.ensureDatabase("reimbursement");
        // A table the superuser made before roles existed (an old data directory): provisioning hands it to the owner.
        try (Connection superuser = connect("reimbursement", postgres.username(), postgres.password());
             Statement statement = superuser.createStatement()) {
            statement.execute("CREATE TABLE legacy (id bigserial PRIMARY KEY)");
        }
        postgres.provision(ledger);
        postgres.provision(ledger);
        postgres.provision(claims);
        // The migration, as Flyway runs it: as the owner. The shape of reimbursement-service's append-only ledger.
        try (Connection owner = connect("reimbursement", ledger.owner(), ledger.ownerPassword());
             Statement statement = owner.createStatement()) {
            statement.execute("CREATE TABLE ledger_entry (id bigserial PRIMARY KEY, amount numeric(14,2) NOT NULL)");
            statement.execute("CREATE FUNCTION ledger_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                    + " BEGIN RAISE EXCEPTION 'ledger_entry is append-only'; END $$");
            statement.execute("CREATE TRIGGER ledger_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_entry"
                    + " FOR EACH ROW EXECUTE FUNCTION ledger_entry_append_only()");
        }
    }

    @AfterAll
    static void stopServer() {
        postgres.close();
    }

    @Test
    void theAppRoleWritesRowsButTheLedgerStaysAppendOnly() throws SQLException {
        try (Connection app = connect("reimbursement", ledger.app(), ledger.appPassword());
             Statement statement = app.createStatement()) {
            statement.execute("INSERT INTO ledger_entry (amount) VALUES (12.50)");
            statement.execute("INSERT INTO legacy DEFAULT VALUES");
            assertThat(queryOne(statement, "SELECT count(*) FROM ledger_entry")).isEqualTo("1");
            assertThatThrownBy(() -> statement.execute("UPDATE ledger_entry SET amount = 0"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void theAppRoleCanNeitherDisableNorDropTheLedgerTrigger() throws SQLException {
        try (Connection app = connect("reimbursement", ledger.app(), ledger.appPassword());
             Statement statement = app.createStatement()) {
            assertRefused(statement, "ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_update_or_delete");
            assertRefused(statement, "ALTER TABLE ledger_entry DISABLE TRIGGER ALL");
            assertRefused(statement, "DROP TRIGGER ledger_entry_no_update_or_delete ON ledger_entry");
            assertRefused(statement, "DROP TABLE ledger_entry");
            assertRefused(statement, "TRUNCATE ledger_entry");
            assertRefused(statement, "SET session_replication_role = replica");
            assertRefused(statement, "CREATE TABLE intruder (id int)");
            assertThat(queryOne(statement, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("false");
        }
    }

    @Test
    void theOwnerOwnsEveryTableIncludingOnesMadeBeforeTheRolesExisted() throws SQLException {
        try (Connection superuser = connect("reimbursement", postgres.username(), postgres.password());
             Statement statement = superuser.createStatement()) {
            assertThat(queryOne(statement, "SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables WHERE schemaname = 'public'"))
                    .isEqualTo(ledger.owner());
        }
    }

    @Test
    void aServiceRoleCannotConnectToAnotherServicesDatabase() {
        assertThatThrownBy(() -> connect("claims", ledger.app(), ledger.appPassword()).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
        assertThatThrownBy(() -> connect("postgres", claims.app(), claims.appPassword()).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
    }

    @Test
    void aConnectionWithoutTheRightPasswordIsRefused() {
        Properties noPassword = new Properties();
        noPassword.setProperty("user", postgres.username());
        assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl("postgres"), noPassword).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> connect("reimbursement", ledger.app(), "postgres").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    private static void assertRefused(Statement statement, String sql) {
        assertThatThrownBy(() -> statement.execute(sql)).as(sql)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    private static String queryOne(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), user, password);
    }
}
