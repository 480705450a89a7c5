package io.openrcm.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates databases on any PostgreSQL server (embedded or external) when they are missing. */
public final class PostgresDatabases {

    // CREATE DATABASE takes no bind parameters: only plain lower-case identifiers are accepted, then quoted.
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresDatabases() {
    }

    /**
     * Creates the database unless it exists.
     *
     * @param serverUrl a JDBC URL without database, {@code jdbc:postgresql://host:port}; the maintenance database
     *                  {@code postgres} is used for the connection
     */
    public static void ensureDatabase(String serverUrl, String username, String password, String name) {
        requireSafeName(name);
        String maintenanceUrl = jdbcUrl(serverUrl, "postgres");
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, username, password)) {
            createIfMissing(connection, name, null);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ensure database " + name + " on " + serverUrl
                    + " as user " + username + ": " + e.getMessage(), e);
        }
    }

    /** Creates the database, owned by owner (or by the connected user when null), unless it exists. */
    static void createIfMissing(Connection connection, String name, String owner) throws SQLException {
        requireSafeName(name);
        if (owner != null) {
            requireSafeName(owner);
        }
        if (exists(connection, name)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"" + (owner == null ? "" : " OWNER \"" + owner + "\""));
        } catch (SQLException e) {
            // Two callers may race to create the same database; the loser sees duplicate_database (42P04).
            if (!"42P04".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** The JDBC URL of one database on the server given as {@code jdbc:postgresql://host:port}. */
    public static String jdbcUrl(String serverUrl, String database) {
        String base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        return base + "/" + database;
    }

    public static void requireSafeName(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Database name must match " + SAFE_NAME.pattern() + ", got: " + name);
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
