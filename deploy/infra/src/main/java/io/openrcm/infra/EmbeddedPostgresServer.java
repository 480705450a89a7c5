package io.openrcm.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky's bundled binaries) started as a daemon process, with its data where we say.
 * The server outlives a JVM that does not close it: close it, or stop it from a shutdown hook.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The superuser initdb creates; it signs in with a SCRAM password like every other role (no "trust"). */
    public static final String USERNAME = "postgres";

    private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String password;
    private boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String password) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
    }

    /**
     * Starts configuring a server whose files live under baseDirectory: {@code data/} (PGDATA), {@code binaries/}
     * (the unpacked PostgreSQL distribution, unless {@link Builder#binariesDirectory} says otherwise) and
     * {@code postgres.log} (the server's own output).
     */
    public static Builder builder(Path baseDirectory) {
        return new Builder(baseDirectory);
    }

    /** The port the server listens on (localhost). */
    public int port() {
        return postgres.getPort();
    }

    /** The server's URL without a database, {@code jdbc:postgresql://localhost:port}. */
    public String serverUrl() {
        return "jdbc:postgresql://localhost:" + port();
    }

    /** The JDBC URL of one database on this server. */
    public String jdbcUrl(String database) {
        return PostgresDatabases.jdbcUrl(serverUrl(), database);
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) {
        PostgresDatabases.ensureDatabase(serverUrl(), USERNAME, password, name);
    }

    /** Creates the database with its owner and application roles (see {@link DatabaseRoles}), or brings them up to date. */
    public void provision(DatabaseRoles roles) {
        PostgresRoles.provision(serverUrl(), USERNAME, password, roles);
    }

    public String username() {
        return USERNAME;
    }

    /** The superuser's password; never print it. */
    public String password() {
        return password;
    }

    /** PGDATA of this server. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server ("fast" shutdown); a non-persistent server's data directory is deleted too. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long started = System.nanoTime();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop PostgreSQL on port " + port(), e);
        }
        LOG.log(System.Logger.Level.INFO, "PostgreSQL on port {0} stopped in {1} ms",
                Integer.toString(port()), Elapsed.millisSince(started));
    }

    /** Settings of a server to start; the defaults suit a test: a free port and a data directory wiped on close. */
    public static final class Builder {

        private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

        private final Path baseDirectory;
        private Path binariesDirectory;
        private int port;
        private boolean persistent;
        private String superuserPassword;

        private Builder(Path baseDirectory) {
            this.baseDirectory = baseDirectory.toAbsolutePath();
            this.binariesDirectory = this.baseDirectory.resolve("binaries");
        }

        /** The TCP port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Keep the data directory on close and reuse it on the next start (the local run); off by default. */
        public Builder persistent(boolean persistent) {
            this.persistent = persistent;
            return this;
        }

        /** Where the PostgreSQL distribution is unpacked; share one between servers to unpack it only once. */
        public Builder binariesDirectory(Path binariesDirectory) {
            this.binariesDirectory = binariesDirectory.toAbsolutePath();
            return this;
        }

        /**
         * The superuser's password. A throw-away server makes up a random one; a persistent server needs the one its
         * data directory was created with (the launcher keeps it in a private file).
         */
        public Builder superuserPassword(String superuserPassword) {
            this.superuserPassword = superuserPassword;
            return this;
        }

        /** Starts the server and waits until it accepts connections. */
        public EmbeddedPostgresServer start() {
            InfraLogging.quietEmbeddedInfrastructure();
            long started = System.nanoTime();
            Path dataDirectory = baseDirectory.resolve("data");
            boolean kept = persistent && Files.isRegularFile(dataDirectory.resolve("PG_VERSION"));
            if (persistent) {
                StalePostmaster.stopIfRunning(dataDirectory);
            }
            if (port != 0 && !FreePorts.isFree(port)) {
                throw new IllegalStateException("Cannot start PostgreSQL: port " + port + " on 127.0.0.1 is already in use"
                        + " (a system PostgreSQL, or a previous run still running?)");
            }
            if (persistent && superuserPassword == null) {
                throw new IllegalArgumentException("A persistent PostgreSQL needs its superuser password");
            }
            String password = superuserPassword != null ? superuserPassword : PrivateFiles.newSecret();
            Path logFile = baseDirectory.resolve("postgres.log");
            Path passwordFile = baseDirectory.resolve("initdb-password");
            try {
                if (!persistent) {
                    // initdb refuses a non-empty directory, and a throw-away server must not see old data anyway.
                    Directories.deleteRecursively(dataDirectory);
                }
                Files.createDirectories(binariesDirectory);
                Files.createDirectories(dataDirectory);
                // initdb reads the superuser's password from a file, never from its command line (visible in ps).
                PrivateFiles.writePrivate(passwordFile, password + "\n");
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(!persistent)
                        .setOverrideWorkingDirectory(binariesDirectory.toFile())
                        .setPort(port)
                        .setPGStartupWait(STARTUP_WAIT)
                        // Appended after zonky's own "-A trust": initdb's last --auth wins, so every pg_hba.conf line
                        // of a new cluster asks for a SCRAM password, from the first start on.
                        .setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", passwordFile.toString())
                        .setServerConfig("password_encryption", "scram-sha-256")
                        // The server log must hold no row values (patient data): no DETAIL ("Key (member_id)=(...)"),
                        // no statement text of failed statements.
                        .setServerConfig("log_error_verbosity", "terse")
                        .setServerConfig("log_min_error_statement", "panic")
                        .setConnectConfig("password", password)
                        // Our owners (launcher, shared test infrastructure) stop the server in their own shutdown hooks;
                        // a second hook from zonky would race them and delete files under their feet.
                        .setRegisterShutdownHook(false)
                        // The server's output goes to its own file: it is noisy, and it is what one reads when it fails.
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .start();
                Files.deleteIfExists(passwordFile);
                EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory, password);
                try {
                    PostgresAuthentication.requirePasswords(server);
                } catch (RuntimeException e) {
                    server.close();
                    throw e;
                }
                LOG.log(System.Logger.Level.INFO, "PostgreSQL ready on port {0} in {1} ms ({2} data in {3})",
                        Integer.toString(server.port()), Elapsed.millisSince(started), kept ? "kept" : "new", dataDirectory);
                return server;
            } catch (IOException | RuntimeException e) {
                deleteQuietly(passwordFile);
                throw new IllegalStateException("Could not start PostgreSQL with data in " + dataDirectory + " (server log: "
                        + logFile + "): " + e.getMessage(), e);
            }
        }

        private static void deleteQuietly(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not delete " + file + ": " + e.getMessage());
            }
        }
    }
}
