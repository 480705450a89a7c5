package io.openrcm.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A connection to the service's database as the owner of its tables (the user Flyway signs in as), from the running
 * Quarkus test's configuration. Only the owner may {@code ANALYZE} a table, which a plan test needs so that the
 * planner sees the rows it added (or, on purpose, does not yet).
 */
public final class TableOwner {

    private TableOwner() {
    }

    /** A new connection as the tables' owner; the caller closes it. */
    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }
}
