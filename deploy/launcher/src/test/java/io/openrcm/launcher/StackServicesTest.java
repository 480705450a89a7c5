package io.openrcm.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.openrcm.infra.FreePorts;
import io.openrcm.infra.TrustedCa;

/** Service processes of a stack, played by {@link FakeService} since the real services are built elsewhere. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StackServicesTest {

    private static final String SERVICE = ServiceSpec.CODE_SERVICE;

    @TempDir
    static Path repo;

    private Stack stack;
    private HttpClient http;

    @BeforeAll
    void startStackWithOneService() throws Exception {
        Files.createDirectories(repo.resolve("deploy"));
        FakeService.installAs(repo, SERVICE);
        stack = Stack.start(StackOptions.builder(repo)
                .services(List.of(new ServiceSpec(SERVICE, "code", FreePorts.pick())))
                .kafkaPort(0).postgresPort(0)
                // The fake service checks no token: no Keycloak needed, only an issuer to pass on.
                .externalOidc("http://127.0.0.1:9/realms/openrcm")
                .serviceEnvironment("RCM_FEATURE", "on")
                .readyTimeout(Duration.ofSeconds(30))
                .build());
        // The service answers over HTTPS only, with a certificate of the stack's own CA.
        http = HttpClient.newBuilder().sslContext(TrustedCa.sslContext(stack.caCertificate())).build();
    }

    @AfterAll
    void stopStack() {
        stack.close();
    }

    @Test
    void givesTheServiceItsPortDatabaseAndBroker() throws Exception {
        assertThat(env("QUARKUS_HTTP_PORT")).isEqualTo(Integer.toString(stack.service(SERVICE).spec().port()));
        assertThat(env("QUARKUS_DATASOURCE_JDBC_URL")).isEqualTo(stack.jdbcUrl("code"));
        assertThat(env("QUARKUS_DATASOURCE_USERNAME")).isEqualTo("rcm_code_app");
        assertThat(env("QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(stack.databaseRoles("code").appPassword());
        assertThat(env("QUARKUS_FLYWAY_USERNAME")).isEqualTo("rcm_code_owner");
        assertThat(env("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(stack.kafkaBootstrapServers());
        // Its own Kafka principal, over TLS with the stack's CA.
        assertThat(env("KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_SSL");
        assertThat(env("RCM_KAFKA_USERNAME")).isEqualTo(SERVICE);
        assertThat(env("RCM_KAFKA_PASSWORD")).isEqualTo(stack.kafkaCredentials(SERVICE).password());
        assertThat(env("KAFKA_SSL_TRUSTSTORE_LOCATION")).isEqualTo(stack.caCertificate().toAbsolutePath().toString());
        assertThat(env("RCM_FEATURE")).isEqualTo("on");
        assertThat(stack.service(SERVICE).baseUrl()).startsWith("https://127.0.0.1:");
        assertThat(env("QUARKUS_HTTP_INSECURE_REQUESTS")).isEqualTo("disabled");
        assertThat(env("QUARKUS_TLS_TRUST_STORE_PEM_CERTS")).isEqualTo(stack.caCertificate().toString());
    }

    @Test
    void stopsGracefullyAndStartsAgainWithExtraEnvironment() throws Exception {
        ServiceProcess before = stack.service(SERVICE);

        stack.stopService(SERVICE);

        assertThat(before.isAlive()).isFalse();
        assertThat(Files.readString(before.logFile())).contains("fake service stopping");
        ServiceProcess after = stack.startService(SERVICE, Map.of("RCM_EXTRA", "42"));
        assertThat(after.pid()).isNotEqualTo(before.pid());
        assertThat(env("RCM_EXTRA")).isEqualTo("42");
    }

    @Test
    void restartsAServiceThatCrashedOnItsOwn() {
        ServiceProcess crashed = stack.service(SERVICE);
        crashed.kill();

        ServiceProcess restarted = stack.startService(SERVICE);

        assertThat(restarted.isAlive()).isTrue();
        assertThat(restarted.pid()).isNotEqualTo(crashed.pid());
    }

    @Test
    void killsAServiceLikeACrash() {
        ServiceProcess victim = stack.service(SERVICE);

        stack.killService(SERVICE);

        assertThat(victim.isAlive()).isFalse();
        assertThatThrownBy(() -> stack.service(SERVICE)).hasMessageContaining("not running");
        stack.startService(SERVICE);
    }

    @Test
    void reportsAServiceThatDiesOnStartWithTheEndOfItsLog() {
        stack.stopService(SERVICE);

        assertThatThrownBy(() -> stack.startService(SERVICE, Map.of("FAKE_EXIT_CODE", "3")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("fake failure: boom");
        assertThatThrownBy(() -> stack.service(SERVICE)).hasMessageContaining("not running");
        stack.startService(SERVICE);
    }

    @Test
    void stopsAServiceThatAnEarlierLauncherLeftRunning() {
        ServiceProcess orphan = ServiceProcess.start(new ServiceSpec(SERVICE, "code", FreePorts.pick()), repo, List.of(),
                Map.of("QUARKUS_HTTP_PORT", Integer.toString(FreePorts.pick())), repo.resolve("orphan.log"));
        ServicePidFiles pidFiles = new ServicePidFiles(repo.resolve("pids"));
        pidFiles.record(orphan);

        pidFiles.stopOrphans(List.of(SERVICE));

        assertThat(orphan.isAlive()).isFalse();
        assertThat(repo.resolve("pids").resolve(SERVICE + ".pid")).doesNotExist();
    }

    @Test
    void givesTheDashboardASessionSecretGeneratedOnceIntoThePrivateSecretsDirectory() throws Exception {
        Path file = stack.options().dataDir().resolve("secrets").resolve(Stack.DASHBOARD_SESSION_SECRET);
        String secret = env("RCM_DASHBOARD_SESSION_SECRET");

        assertThat(secret).hasSizeGreaterThanOrEqualTo(32).isEqualTo(Files.readString(file).trim())
                .isNotEqualTo("dev-dashboard-session-secret-0123456789");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    private String env(String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.service(SERVICE).baseUrl() + "/env?" + name)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
