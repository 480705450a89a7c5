package io.openrcm.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One service of the stack: its module directory name, its database and its HTTP port.
 *
 * @param name     the Maven module directory, e.g. {@code claim-service}; the jar is built under it
 * @param database the PostgreSQL database the service owns
 * @param port     the HTTP port the service listens on
 */
public record ServiceSpec(String name, String database, int port) {

    public static final String CODE_SERVICE = "code-service";
    public static final String CLAIM_SERVICE = "claim-service";
    public static final String REIMBURSEMENT_SERVICE = "reimbursement-service";

    public ServiceSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(database, "database");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Service " + name + " needs a port between 1 and 65535, got " + port);
        }
    }

    /** The three services with their fixed local ports, so the local stack's URLs never change. */
    public static List<ServiceSpec> defaults() {
        return List.of(
                new ServiceSpec(CODE_SERVICE, "code", 8081),
                new ServiceSpec(CLAIM_SERVICE, "claims", 8082),
                new ServiceSpec(REIMBURSEMENT_SERVICE, "reimbursement", 8083));
    }

    /** The same service on another port (tests pick free ports). */
    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, database, newPort);
    }

    /** The packaged Quarkus application, as {@code ./mvnw package} builds it. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(name).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /** The service's base URL on the loopback interface. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
