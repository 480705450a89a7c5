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
}
