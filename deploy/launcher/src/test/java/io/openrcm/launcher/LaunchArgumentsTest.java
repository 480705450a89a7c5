package io.openrcm.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {

    private static final Path REPO = Path.of("/work/repo");

    @Test
    void defaultsToTheLocalStackInTheRepository() {
        StackOptions options = LaunchArguments.parse(new String[0], Map.of()).toOptions(REPO);

        assertThat(options.dataDir()).isEqualTo(REPO.resolve(".rcm-data"));
        assertThat(options.reset()).isFalse();
        assertThat(options.externalKafka()).isEmpty();
        assertThat(options.externalPostgres()).isEmpty();
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.postgresPort()).isEqualTo(15432);
        assertThat(options.kafkaPartitions()).isEqualTo(6);
        assertThat(options.services()).extracting(ServiceSpec::name, ServiceSpec::database, ServiceSpec::port).containsExactly(
                Tuple.tuple("code-service", "code", 8081),
                Tuple.tuple("claim-service", "claims", 8082),
                Tuple.tuple("reimbursement-service", "reimbursement", 8083),
                Tuple.tuple("dashboard", "dashboard", 8084));
        assertThat(options.databases()).containsExactly("code", "claims", "reimbursement", "dashboard");
        assertThat(options.services().get(3).jar(REPO))
                .isEqualTo(REPO.resolve("deploy/dashboard/target/quarkus-app/quarkus-run.jar"));
        assertThat(options.services().get(1).urlVariable()).isEqualTo("RCM_CLAIM_SERVICE_URL");
        assertThat(options.payerSimulator()).as("deploy/run.sh starts the payer simulator").isTrue();
        assertThat(options.payerSimulatorPort()).isEqualTo(10022);
    }

    @Test
    void turnsThePayerSimulatorOff() {
        StackOptions options = LaunchArguments.parse(new String[] {"--no-payer-simulator"}, Map.of()).toOptions(REPO);

        assertThat(options.payerSimulator()).isFalse();
        assertThat(LaunchArguments.usage()).contains("--no-payer-simulator");
        assertThat(StackOptions.builder(REPO).build().payerSimulator()).as("programmatic stacks opt in").isFalse();
    }

    @Test
    void appliesEveryOption() {
        String[] args = {"--reset", "--data-dir=tmp/data", "--kafka=broker:29092", "--postgres=jdbc:postgresql://db:5432",
                "--kafka-port=19092", "--postgres-port=25432"};

        StackOptions options = LaunchArguments.parse(args, Map.of("RCM_PG_USER", "rcm", "RCM_PG_PASSWORD", "s3cret")).toOptions(REPO);

        assertThat(options.reset()).isTrue();
        assertThat(options.dataDir()).isEqualTo(REPO.resolve("tmp/data"));
        assertThat(options.externalKafka()).contains("broker:29092");
        assertThat(options.externalPostgres()).contains(new ExternalPostgres("jdbc:postgresql://db:5432", "rcm", "s3cret"));
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.postgresPort()).isEqualTo(25432);
    }

    @Test
    void appendsExtraJvmOptionsFromTheEnvironmentAndTheCommandLine() {
        StackOptions options = LaunchArguments.parse(new String[] {"--jvm-opts=-XX:+UseSerialGC  -Dx=1"},
                Map.of("RCM_JVM_OPTS", "-XX:StartFlightRecording=filename=/tmp/{service}.jfr")).toOptions(REPO);

        List<String> expected = new ArrayList<>(StackOptions.DEFAULT_JVM_OPTIONS);
        expected.addAll(List.of("-XX:StartFlightRecording=filename=/tmp/{service}.jfr", "-XX:+UseSerialGC", "-Dx=1"));
        assertThat(options.jvmOptions()).containsExactlyElementsOf(expected);
        assertThat(LaunchArguments.parse(new String[0], Map.of()).toOptions(REPO).jvmOptions())
                .containsExactlyElementsOf(StackOptions.DEFAULT_JVM_OPTIONS)
                .contains("-Xms32m", "-Xmx160m", "-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=5000",
                        "-XX:TieredStopAtLevel=1");
    }

    @Test
    void keepsAnAbsoluteDataDirectory() {
        StackOptions options = LaunchArguments.parse(new String[] {"--data-dir=/var/tmp/rcm"}, Map.of()).toOptions(REPO);

        assertThat(options.dataDir()).isEqualTo(Path.of("/var/tmp/rcm"));
    }

    @Test
    void recognisesHelp() {
        assertThat(LaunchArguments.parse(new String[] {"--help"}, Map.of()).help()).isTrue();
        assertThat(LaunchArguments.usage()).contains("--reset", "--data-dir=", "--kafka=", "--postgres=", "RCM_PG_USER");
    }

    @Test
    void rejectsWhatItCannotUse() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--verbose")).withMessageContaining("Unknown option: --verbose");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--data-dir=")).withMessageContaining("needs a value");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--kafka=broker")).withMessageContaining("HOST:PORT");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--kafka-port=99999")).withMessageContaining("--kafka-port");
    }

    @Test
    void needsCredentialsAndAServerUrlForAnExternalPostgres() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--postgres=jdbc:postgresql://db:5432"))
                .withMessageContaining("RCM_PG_USER");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LaunchArguments.parse(new String[] {"--postgres=jdbc:postgresql://db:5432/claims"}, Map.of("RCM_PG_USER", "rcm")))
                .withMessageContaining("no database");
    }

    @Test
    void neverPrintsThePostgresPassword() {
        assertThat(new ExternalPostgres("jdbc:postgresql://db:5432", "rcm", "s3cret").toString()).doesNotContain("s3cret");
    }

    private static LaunchArguments parse(String arg) {
        return LaunchArguments.parse(new String[] {arg}, Map.of());
    }

    @Test
    void runsOneCopyOfEachServiceUnlessToldOtherwise() {
        StackOptions options = LaunchArguments.parse(new String[0], Map.of()).toOptions(REPO);

        assertThat(options.instances()).isEqualTo(1);
        assertThat(options.instancePortsFrom()).isEqualTo(8085);
    }

    @Test
    void takesTheNumberOfInstances() {
        StackOptions options = LaunchArguments.parse(new String[] {"--instances=2"}, Map.of()).toOptions(REPO);

        assertThat(options.instances()).isEqualTo(2);
        // The first copies keep the documented ports.
        assertThat(options.services()).extracting(ServiceSpec::port).containsExactly(8081, 8082, 8083, 8084);
        assertThat(LaunchArguments.usage()).contains("--instances=N").contains("8085");
    }

    @Test
    void refusesANumberOfInstancesOutOfRange() {
        for (String bad : List.of("--instances=0", "--instances=9", "--instances=two", "--instances=", "--instances=-1")) {
            assertThatIllegalArgumentException().as(bad)
                    .isThrownBy(() -> LaunchArguments.parse(new String[] {bad}, Map.of()))
                    .withMessageContaining("--instances");
        }
    }
}
