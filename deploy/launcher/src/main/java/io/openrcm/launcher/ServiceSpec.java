package io.openrcm.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One service of the stack: its name, its database, its HTTP port and the Maven module it is built in.
 *
 * @param name     the service's name, e.g. {@code claim-service}; also its log file's name
 * @param database the PostgreSQL database the service owns
 * @param port     the HTTP port the service listens on
 * @param module   the Maven module directory, relative to the repository root; the jar is built under it
 */
public record ServiceSpec(String name, String database, int port, String module) {

    public static final String CODE_SERVICE = "code-service";
    public static final String CLAIM_SERVICE = "claim-service";
    public static final String REIMBURSEMENT_SERVICE = "reimbursement-service";
    public static final String DASHBOARD = "dashboard";

    public ServiceSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(module, "module");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Service " + name + " needs a port between 1 and 65535, got " + port);
        }
    }

    /** A service built in the module directory of its own name. */
    public ServiceSpec(String name, String database, int port) {
        this(name, database, port, name);
    }

    /** The services with their fixed local ports, so the local stack's URLs never change. */
    public static List<ServiceSpec> defaults() {
        return List.of(
                new ServiceSpec(CODE_SERVICE, "code", 8081),
                new ServiceSpec(CLAIM_SERVICE, "claims", 8082),
                new ServiceSpec(REIMBURSEMENT_SERVICE, "reimbursement", 8083),
                new ServiceSpec(DASHBOARD, "dashboard", 8084, "deploy/dashboard"));
    }

    /** The same service on another port (tests pick free ports). */
    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, database, newPort, module);
    }

    /** The packaged Quarkus application, as {@code ./mvnw package} builds it. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /** The service's base URL on the loopback interface: HTTPS, with a certificate of the stack's local CA. */
    public String baseUrl() {
        return "https://127.0.0.1:" + port;
    }

    /**
     * The environment variable that tells the other services where this one listens, e.g.
     * {@code RCM_CLAIM_SERVICE_URL} (the dashboard reads the others' APIs through these).
     */
    public String urlVariable() {
        return "RCM_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }
}
