package io.openrcm.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class StackOptionsTest {

    @Test
    void givesTestsFreePortsAndTheirOwnDataDirectory() {
        Path dataDir = Path.of("/tmp/stack-1");
        String previous = System.setProperty(RepoRoot.PROPERTY, "/");
        try {
            StackOptions options = StackOptions.forTests(dataDir);

            assertThat(options.dataDir()).isEqualTo(dataDir);
            assertThat(options.kafkaPort()).isZero();
            assertThat(options.postgresPort()).isZero();
            assertThat(options.services()).extracting(ServiceSpec::port).doesNotHaveDuplicates().doesNotContain(8081, 8082, 8083, 8084);
            // Further copies of the services get free ports of the system too, never 8085 and up.
            assertThat(options.instancePortsFrom()).isZero();
            assertThat(StackOptions.testBuilder(dataDir).instances(2).build().instances()).isEqualTo(2);
            assertThat(options.payerSimulator()).isFalse();
            StackOptions withPayer = StackOptions.forTestsWithPayerSimulator(dataDir);
            assertThat(withPayer.payerSimulator()).isTrue();
            assertThat(withPayer.payerSimulatorPort()).isZero();
        } finally {
            if (previous == null) {
                System.clearProperty(RepoRoot.PROPERTY);
            } else {
                System.setProperty(RepoRoot.PROPERTY, previous);
            }
        }
    }

    @Test
    void resolvesARelativeDataDirectoryAgainstTheRepository() {
        assertThat(StackOptions.builder(Path.of("/repo")).dataDir(Path.of("data")).build().dataDir()).isEqualTo(Path.of("/repo/data"));
    }

    @Test
    void rejectsTheSameServiceTwiceAndImpossiblePorts() {
        ServiceSpec code = ServiceSpec.defaults().get(0);

        assertThatIllegalArgumentException().isThrownBy(() -> StackOptions.builder(Path.of("/repo")).services(List.of(code, code)).build());
        assertThatIllegalArgumentException().isThrownBy(() -> StackOptions.builder(Path.of("/repo")).kafkaPort(70000));
        assertThatIllegalArgumentException().isThrownBy(() -> code.withPort(0));
    }

    @Test
    void placesFurtherCopiesAfterTheHighestServicePortUnlessTold() {
        List<ServiceSpec> services = List.of(new ServiceSpec("code-service", "code", 9001), new ServiceSpec("claim-service", "claims", 9005));

        assertThat(StackOptions.builder(Path.of("/repo")).services(services).build().instancePortsFrom()).isEqualTo(9006);
        assertThat(StackOptions.builder(Path.of("/repo")).instancePortsFrom(20000).build().instancePortsFrom()).isEqualTo(20000);
        assertThatIllegalArgumentException().isThrownBy(() -> StackOptions.builder(Path.of("/repo")).instances(0));
        assertThatIllegalArgumentException().isThrownBy(() -> StackOptions.builder(Path.of("/repo")).instances(StackOptions.MAX_INSTANCES + 1));
    }
}
