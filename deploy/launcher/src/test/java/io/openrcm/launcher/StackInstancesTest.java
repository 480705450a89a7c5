package io.openrcm.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** {@code --instances=2}: two copies of a service (played by {@link FakeService}) on one database and broker. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StackInstancesTest {

    private static final String SERVICE = ServiceSpec.CODE_SERVICE;
    private static final String COPY = SERVICE + "-2";

    @TempDir
    static Path repo;

    private Stack stack;
    private HttpClient http;

    @BeforeAll
    void startStackWithTwoCopies() throws Exception {
        Files.createDirectories(repo.resolve("deploy"));
        FakeService.installAs(repo, SERVICE);
        stack = Stack.start(StackOptions.builder(repo)
                .services(List.of(new ServiceSpec(SERVICE, "code", FreePorts.pick())))
                .instances(2).instancePortsFrom(0)
                .kafkaPort(0).postgresPort(0)
                .externalOidc("http://127.0.0.1:9/realms/openrcm")
                .readyTimeout(Duration.ofSeconds(30))
                .build());
        http = HttpClient.newBuilder().sslContext(TrustedCa.sslContext(stack.caCertificate())).build();
    }

    @AfterAll
    void stopStack() {
        stack.close();
    }

    @Test
    void runsBothCopiesReadyOnTheirOwnPortsWithTheSameDatabaseAndPrincipal() throws Exception {
        ServiceProcess first = stack.service(SERVICE);
        ServiceProcess second = stack.service(COPY);

        assertThat(stack.runningInstancesOf(SERVICE)).containsExactly(first, second);
        assertThat(second.spec().port()).isNotEqualTo(first.spec().port());
        assertThat(env(first, "QUARKUS_HTTP_PORT")).isEqualTo(Integer.toString(first.spec().port()));
        assertThat(env(second, "QUARKUS_HTTP_PORT")).isEqualTo(Integer.toString(second.spec().port()));
        for (String shared : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "RCM_KAFKA_USERNAME",
                "KAFKA_BOOTSTRAP_SERVERS")) {
            assertThat(env(second, shared)).as(shared).isEqualTo(env(first, shared)).isNotEqualTo("null");
        }
    }

    @Test
    void givesEachCopyItsOwnLogAndPidFile() throws Exception {
        ServiceProcess second = stack.service(COPY);
        Path run = stack.options().dataDir().resolve("run");

        assertThat(second.logFile()).isEqualTo(stack.logsDirectory().resolve(COPY + ".log"));
        assertThat(Files.readString(second.logFile())).contains("starting " + COPY + " on port " + second.spec().port());
        assertThat(Files.readString(run.resolve(COPY + ".pid")).trim()).isEqualTo(Long.toString(second.pid()));
        assertThat(Files.readString(run.resolve(SERVICE + ".pid")).trim()).isEqualTo(Long.toString(stack.service(SERVICE).pid()));
    }

    @Test
    void killsOneCopyAndStartsItAgainOnItsPort() throws Exception {
        ServiceProcess victim = stack.service(COPY);
        int port = victim.spec().port();

        stack.killService(COPY);

        assertThat(victim.isAlive()).isFalse();
        assertThat(stack.service(SERVICE).isAlive()).isTrue();
        assertThat(stack.runningInstancesOf(SERVICE)).extracting(ServiceProcess::name).containsExactly(SERVICE);
        ServiceProcess again = stack.startService(COPY);
        assertThat(again.spec().port()).isEqualTo(port);
        assertThat(env(again, "QUARKUS_HTTP_PORT")).isEqualTo(Integer.toString(port));
    }

    @Test
    void listsTheFurtherCopyInTheSummary() {
        String summary = StackSummary.of(stack, 1000);

        assertThat(summary).contains("Instance 2").contains(stack.service(COPY).baseUrl()).contains(COPY + ".log");
    }

    @Test
    void stopsCopiesThatAnEarlierLauncherLeftRunning() {
        Path pids = repo.resolve("orphan-pids");
        ServiceProcess orphan = ServiceProcess.start(new ServiceInstance(new ServiceSpec(SERVICE, "code", FreePorts.pick()), 3),
                repo, List.of(), Map.of("QUARKUS_HTTP_PORT", Integer.toString(FreePorts.pick())), repo.resolve("orphan-3.log"));
        ServicePidFiles pidFiles = new ServicePidFiles(pids);
        pidFiles.record(orphan);

        pidFiles.stopOrphans(List.of(SERVICE));

        assertThat(orphan.isAlive()).isFalse();
        assertThat(pids.resolve(SERVICE + "-3.pid")).doesNotExist();
    }

    @Test
    void tellsCopiesOfAServiceFromOtherFiles() {
        List<String> services = List.of("code-service", "claim-service");

        assertThat(ServicePidFiles.serviceOf("claim-service-2", services)).isEqualTo("claim-service");
        assertThat(ServicePidFiles.serviceOf("claim-service-12", services)).isEqualTo("claim-service");
        assertThat(ServicePidFiles.serviceOf("claim-service", services)).isEqualTo("claim-service");
        assertThat(ServicePidFiles.serviceOf("claim-service-1", services)).isNull();
        assertThat(ServicePidFiles.serviceOf("claim-service-x", services)).isNull();
        assertThat(ServicePidFiles.serviceOf("postgres", services)).isNull();
    }

    private String env(ServiceProcess process, String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(process.baseUrl() + "/env?" + name)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
