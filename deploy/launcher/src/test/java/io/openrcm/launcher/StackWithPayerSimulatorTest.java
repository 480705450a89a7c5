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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.openrcm.infra.FreePorts;
import io.openrcm.infra.TrustedCa;
import io.openrcm.payersim.SshKeys;

/**
 * A stack with the payer simulator: it is up before the services start, claim-service gets its RCM_CLEARINGHOUSE_*
 * settings and code-service none, and it stops with the stack.
 */
class StackWithPayerSimulatorTest {

    @TempDir
    Path repo;

    @Test
    void theClearinghouseSettingsGoToItsClientsOnly() throws Exception {
        Files.createDirectories(repo.resolve("deploy"));
        FakeService.installAs(repo, ServiceSpec.CODE_SERVICE);
        FakeService.installAs(repo, ServiceSpec.CLAIM_SERVICE);
        Stack stack = Stack.start(StackOptions.builder(repo)
                .services(List.of(new ServiceSpec(ServiceSpec.CODE_SERVICE, "code", FreePorts.pick()),
                        new ServiceSpec(ServiceSpec.CLAIM_SERVICE, "claims", FreePorts.pick())))
                .kafkaPort(0).postgresPort(0).externalOidc("http://127.0.0.1:9/realms/openrcm")
                .payerSimulator(true).payerSimulatorPort(0).readyTimeout(Duration.ofSeconds(60)).build());
        try {
            HttpClient http = HttpClient.newBuilder().sslContext(TrustedCa.sslContext(stack.caCertificate())).build();
            int port = stack.payerSimulator().orElseThrow().port();
            Path secrets = stack.options().dataDir().resolve("secrets");

            assertThat(env(http, stack, ServiceSpec.CLAIM_SERVICE, "RCM_CLEARINGHOUSE_PORT"))
                    .isEqualTo(Integer.toString(port));
            assertThat(env(http, stack, ServiceSpec.CLAIM_SERVICE, "RCM_CLEARINGHOUSE_PRIVATE_KEY_FILE"))
                    .isEqualTo(secrets.resolve(SshKeys.CLIENT_KEY).toString());
            assertThat(env(http, stack, ServiceSpec.CODE_SERVICE, "RCM_CLEARINGHOUSE_PORT")).isEqualTo("null");
            assertThat(StackSummary.of(stack, 0)).contains("sftp://openrcm@127.0.0.1:" + port);
        } finally {
            stack.close();
        }
        assertThat(stack.payerSimulator().orElseThrow().isReady()).as("stopped with the stack").isFalse();
    }

    private static String env(HttpClient http, Stack stack, String service, String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.service(service).baseUrl() + "/env?" + name))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
