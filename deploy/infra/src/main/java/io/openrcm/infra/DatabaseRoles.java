package io.openrcm.infra;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The two PostgreSQL login roles of one service database: the owner, which runs the migrations and owns every table,
 * and the application role the running service uses, which may only read and write rows. Not owning the tables, the
 * application role cannot alter, disable or drop their triggers (the ledger's and the audit trail's append-only ones).
 *
 * @param database      the service's database, e.g. {@code claims}
 * @param owner         the owner role, {@code rcm_<database>_owner}
 * @param ownerPassword its password
 * @param app           the application role, {@code rcm_<database>_app}
 * @param appPassword   its password
 */
public record DatabaseRoles(String database, String owner, String ownerPassword, String app, String appPassword) {

    public DatabaseRoles {
        PostgresDatabases.requireSafeName(database);
        PostgresDatabases.requireSafeName(owner);
        PostgresDatabases.requireSafeName(app);
        Objects.requireNonNull(ownerPassword, "ownerPassword");
        Objects.requireNonNull(appPassword, "appPassword");
    }

    /** The conventional role names of a database, with the password each role name is given by passwordOf. */
    public static DatabaseRoles of(String database, UnaryOperator<String> passwordOf) {
        String owner = ownerName(database);
        String app = appName(database);
        return new DatabaseRoles(database, owner, passwordOf.apply(owner), app, passwordOf.apply(app));
    }

    public static String ownerName(String database) {
        return "rcm_" + database + "_owner";
    }

    public static String appName(String database) {
        return "rcm_" + database + "_app";
    }

    @Override
    public String toString() {
        // Never print a password.
        return "DatabaseRoles[" + database + ", owner " + owner + ", app " + app + "]";
    }
}
