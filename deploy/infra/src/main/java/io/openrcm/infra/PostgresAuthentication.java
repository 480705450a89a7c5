package io.openrcm.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes an embedded server ask every client for a SCRAM password. New clusters are created that way (initdb
 * --auth=scram-sha-256); a data directory from before, created with "trust", is converted once on its next start.
 */
final class PostgresAuthentication {

    private static final System.Logger LOG = System.getLogger(PostgresAuthentication.class.getName());
    private static final Pattern TRUST = Pattern.compile("\\btrust\\s*$");

    private PostgresAuthentication() {
    }

    static void requirePasswords(EmbeddedPostgresServer server) {
        Path hba = server.dataDirectory().resolve("pg_hba.conf");
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), server.password())) {
            if (trusts(hba)) {
                // Still "trust", so any password gets in this once: set the real one before asking for it.
                PostgresRoles.execute(connection, "ALTER ROLE %I PASSWORD %L", server.username(), server.password());
                Files.write(hba, Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                        .map(line -> line.startsWith("#") ? line : TRUST.matcher(line).replaceAll("scram-sha-256")).toList(),
                        StandardCharsets.UTF_8);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_reload_conf()");
                }
                LOG.log(System.Logger.Level.INFO, "PostgreSQL in {0} now asks every client for a password (was: trust)",
                        server.dataDirectory());
            }
            // Service roles reach their own database only; the maintenance databases are the superuser's.
            try (Statement statement = connection.createStatement()) {
                statement.execute("REVOKE CONNECT ON DATABASE postgres FROM PUBLIC");
                statement.execute("REVOKE CONNECT ON DATABASE template1 FROM PUBLIC");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL in " + server.dataDirectory() + " refused the superuser's password"
                    + " (kept beside the data; a data directory whose password file was lost must be reset): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rewrite " + hba, e);
        }
    }

    private static boolean trusts(Path hba) throws IOException {
        List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8);
        return lines.stream().filter(line -> !line.startsWith("#")).anyMatch(line -> TRUST.matcher(line).find());
    }
}
