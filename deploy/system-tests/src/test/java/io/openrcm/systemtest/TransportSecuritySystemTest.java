package io.openrcm.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.infra.FreePorts;
import io.openrcm.launcher.ServiceProcess;
import io.openrcm.launcher.ServiceSpec;
import io.openrcm.launcher.Stack;
import io.openrcm.launcher.StackException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What travels between the stack's parts is protected: HTTPS only, a certificate of the local CA, no default password. */
@ExtendWith(StackExtension.class)
class TransportSecuritySystemTest {

    private final HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyServiceRefusesPlainHttpAndIsNotTrustedWithoutTheLocalCa() {
        for (ServiceSpec spec : StackExtension.stack().options().services()) {
            URI https = URI.create(spec.baseUrl() + "/q/health/live");
            URI plain = URI.create("http://127.0.0.1:" + spec.port() + "/q/health/live");
            assertThat(https.getScheme()).isEqualTo("https");
            assertThatThrownBy(() -> untrusting.send(HttpRequest.newBuilder(https).build(), HttpResponse.BodyHandlers.ofString()))
                    .as(spec.name() + " over HTTPS without the local CA").isInstanceOf(SSLHandshakeException.class);
            assertThat(plainAnswer(plain)).as(spec.name() + " over plain HTTP").isNotEqualTo(200);
        }
    }

    @Test
    void theProductionBuildRefusesToStartWithAWellKnownDatabasePasswordBeforeFlywayTouchesTheDatabase()
            throws SQLException, IOException {
        Stack stack = StackExtension.stack();
        // A role that really signs in with "postgres" and owns an empty database of its own: Flyway could migrate it,
        // so an empty database afterwards proves the check ran before Flyway opened a connection.
        String database = "rcm_weak_password_test";
        try (Connection admin = DriverManager.getConnection(stack.jdbcUrl("postgres"), stack.postgresUsername(), stack.postgresPassword());
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("DROP ROLE IF EXISTS rcm_weak_password_test");
            statement.execute("CREATE ROLE rcm_weak_password_test LOGIN PASSWORD 'postgres' IN ROLE " + stack.databaseRoles("claims").app());
            statement.execute("CREATE DATABASE " + database + " OWNER rcm_weak_password_test");
        }
        ServiceSpec spec = new ServiceSpec(ServiceSpec.CLAIM_SERVICE, "claims", FreePorts.pick());
        Map<String, String> env = new HashMap<>(stack.environmentFor(spec));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", stack.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", "rcm_weak_password_test");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_FLYWAY_USERNAME", "rcm_weak_password_test");
        env.put("QUARKUS_FLYWAY_PASSWORD", "postgres");
        ServiceProcess refused = ServiceProcess.start(spec, stack.options().repoRoot(), List.of("-Xmx256m"), env,
                stack.logsDirectory().resolve("claim-service-default-password.log"));
        try {
            assertThatThrownBy(() -> refused.awaitReady(Duration.ofSeconds(120))).isInstanceOf(StackException.class)
                    .hasMessageContaining("exited");
            assertThat(Files.readString(refused.logFile())).contains("Refusing to start in production")
                    .contains("quarkus.datasource.password is a well-known default password");
        } finally {
            refused.kill();
        }
        try (Connection weak = DriverManager.getConnection(stack.jdbcUrl(database), stack.postgresUsername(), stack.postgresPassword());
             Statement statement = weak.createStatement();
             ResultSet tables = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("tables Flyway made in the refused service's database").isZero();
        }
    }

    // A TLS-only port answers plain HTTP with a TLS alert or not at all: never a 200.
    private int plainAnswer(URI plain) {
        try {
            return untrusting.send(HttpRequest.newBuilder(plain).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
