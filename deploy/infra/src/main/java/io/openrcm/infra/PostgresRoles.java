package io.openrcm.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives a service database its two roles (see {@link DatabaseRoles}) on any PostgreSQL server, as an administrator
 * that may create roles and databases. Idempotent: run at every start, it also repairs a database created before the
 * roles existed (its tables then pass to the owner). deploy/postgres/service-roles.sql does the same by hand.
 */
public final class PostgresRoles {

    private static final String ROLE_ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";

    // Tables, views and free-standing sequences of the schema that the owner does not own yet (a data directory
    // migrated before the roles existed belongs to the superuser); a column's sequence follows its table.
    private static final String TAKE_OVER_OBJECTS = """
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                         AND pg_get_userbyid(c.relowner) <> '%1$s'
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                         AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
              LOOP
                EXECUTE format('ALTER %%s %%I OWNER TO %%I', CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                  WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.relname, '%1$s');
              END LOOP;
              FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                       WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '%1$s'
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                         AND d.objid = p.oid AND d.deptype = 'e')
              LOOP
                EXECUTE format('ALTER FUNCTION %%s OWNER TO %%I', r.signature, '%1$s');
              END LOOP;
            END $$""";

    private PostgresRoles() {
    }

    /** Creates or updates both roles, creates the database owned by the owner, and grants the app role row access. */
    public static void provision(String serverUrl, String adminUser, String adminPassword, DatabaseRoles roles) {
        String database = roles.database();
        try (Connection admin = DriverManager.getConnection(PostgresDatabases.jdbcUrl(serverUrl, "postgres"), adminUser, adminPassword)) {
            ensureRole(admin, roles.owner(), roles.ownerPassword());
            ensureRole(admin, roles.app(), roles.appPassword());
            PostgresDatabases.createIfMissing(admin, database, roles.owner());
            execute(admin, "ALTER DATABASE %I OWNER TO %I", database, roles.owner());
            // Nobody else may even connect: a service's role cannot reach another service's data.
            execute(admin, "REVOKE ALL ON DATABASE %I FROM PUBLIC", database);
            execute(admin, "GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I", database, roles.app());
        } catch (SQLException e) {
            throw failure(roles, serverUrl, e);
        }
        try (Connection admin = DriverManager.getConnection(PostgresDatabases.jdbcUrl(serverUrl, database), adminUser, adminPassword)) {
            execute(admin, "ALTER SCHEMA public OWNER TO %I", roles.owner());
            execute(admin, "REVOKE ALL ON SCHEMA public FROM PUBLIC");
            execute(admin, "GRANT USAGE ON SCHEMA public TO %I", roles.app());
            try (Statement statement = admin.createStatement()) {
                statement.execute(TAKE_OVER_OBJECTS.formatted(roles.owner()));
            }
            // Rows only: no TRUNCATE (it skips row triggers), no REFERENCES, no TRIGGER, and no ownership.
            execute(admin, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I", roles.app());
            execute(admin, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I", roles.app());
            execute(admin, "ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I",
                    roles.owner(), roles.app());
            execute(admin, "ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I",
                    roles.owner(), roles.app());
        } catch (SQLException e) {
            throw failure(roles, serverUrl, e);
        }
    }

    private static void ensureRole(Connection admin, String role, String password) throws SQLException {
        boolean exists;
        try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet rows = query.executeQuery()) {
                exists = rows.next();
            }
        }
        // The password is sent once per start and stored as a SCRAM verifier (password_encryption); ALTER keeps a
        // role in step with the secret the launcher or the environment holds now.
        execute(admin, (exists ? "ALTER ROLE %I WITH " : "CREATE ROLE %I ") + ROLE_ATTRIBUTES + " PASSWORD %L", role, password);
    }

    /** Runs a statement built by the server's own format() from %I identifiers and %L literals, so quoting is exact. */
    static void execute(Connection connection, String template, String... arguments) throws SQLException {
        String sql;
        StringBuilder call = new StringBuilder("SELECT format(?");
        for (int i = 0; i < arguments.length; i++) {
            call.append(", ?");
        }
        try (PreparedStatement format = connection.prepareStatement(call.append(')').toString())) {
            format.setString(1, template);
            for (int i = 0; i < arguments.length; i++) {
                format.setString(i + 2, arguments[i]);
            }
            try (ResultSet rows = format.executeQuery()) {
                rows.next();
                sql = rows.getString(1);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static IllegalStateException failure(DatabaseRoles roles, String serverUrl, SQLException e) {
        return new IllegalStateException("Could not provision " + roles + " on " + serverUrl + ": " + e.getMessage(), e);
    }
}
