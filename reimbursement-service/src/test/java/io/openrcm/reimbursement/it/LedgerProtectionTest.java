package io.openrcm.reimbursement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.openrcm.infra.RcmInfraTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The role the service runs as cannot undo the ledger's append-only guard: it does not own the table (Flyway's owner
 * role does), so PostgreSQL refuses to disable or drop the triggers and to truncate.
 */
@QuarkusTest
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
class LedgerProtectionTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    DataSource dataSource;

    @Test
    void theServiceRoleIsNeitherSuperuserNorTheLedgersOwner() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT r.rolsuper, t.tableowner = current_user FROM pg_roles r,"
                     + " pg_tables t WHERE r.rolname = current_user AND t.tablename = 'ledger_entry'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBoolean(1)).as("superuser").isFalse();
            assertThat(rows.getBoolean(2)).as("owns ledger_entry").isFalse();
        }
    }

    @Test
    void theServiceRoleCannotDisableOrDropTheLedgerTriggers() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertRefused(statement, "ALTER TABLE ledger_entry DISABLE TRIGGER ledger_entry_no_update_or_delete");
            assertRefused(statement, "ALTER TABLE ledger_entry DISABLE TRIGGER ALL");
            assertRefused(statement, "DROP TRIGGER ledger_entry_no_update_or_delete ON ledger_entry");
            assertRefused(statement, "DROP FUNCTION ledger_entry_append_only() CASCADE");
            assertRefused(statement, "TRUNCATE ledger_entry");
            assertRefused(statement, "SET session_replication_role = replica");
        }
    }

    private static void assertRefused(Statement statement, String sql) {
        assertThatThrownBy(() -> statement.execute(sql)).as(sql)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
