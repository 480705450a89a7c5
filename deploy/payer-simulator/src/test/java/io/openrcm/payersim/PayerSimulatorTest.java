package io.openrcm.payersim;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.claim.edi.Acknowledgment;
import io.openrcm.claim.edi.AcknowledgmentReader;
import io.openrcm.reimbursement.api.x12.Era835File;
import io.openrcm.reimbursement.api.x12.Era835Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator as a provider meets it: an 837P uploaded over SFTP under a temporary name and renamed comes back in
 * /outbound as a 999, a 277CA and, after the delay, an 835, each read over SFTP and taken by the services' readers.
 */
class PayerSimulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void anUploadedClaimFileIsAnsweredAndPaidThroughTheMailbox() throws Exception {
        Path secrets = dir.resolve("secrets");
        SshKeys.ensure(secrets);
        SimulatorConfig config = SimulatorConfig.defaults().withTiming(Duration.ofMillis(200), Duration.ofSeconds(1));
        try (PayerSimulator simulator = PayerSimulator.start(config, new MailboxServer.Settings("127.0.0.1", 0,
                "openrcm", secrets.resolve(SshKeys.HOST_KEY), secrets.resolve(SshKeys.AUTHORIZED_KEYS),
                dir.resolve("home")), dir.resolve("state"))) {
            assertThat(simulator.isReady()).isTrue();
            SshClient client = SshClient.setUpDefaultClient();
            client.start();
            try (ClientSession session = client.connect("openrcm", "127.0.0.1", simulator.port()).verify(WAIT)
                    .getSession()) {
                session.addPublicKeyIdentity(clientKey(secrets));
                session.auth().verify(WAIT);
                try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                    try (OutputStream out = sftp.write("/inbound/000000081-BCBS-IL.837.part")) {
                        out.write(Claims837.file(81, Claims837.BCBS, Claims837.many(1, 3, "BCBS-IL"))
                                .getBytes(StandardCharsets.US_ASCII));
                    }
                    sftp.rename("/inbound/000000081-BCBS-IL.837.part", "/inbound/000000081-BCBS-IL.837");

                    List<String> answers = awaitFiles(sftp, List.of(".999", ".277", ".835"));

                    assertThat(answers).allMatch(n -> n.matches("\\d{17}-\\d{9}\\.(999|277|835)"));
                    Acknowledgment ack = AcknowledgmentReader.read(read(sftp, answers, ".999"));
                    assertThat(ack.transactions()).singleElement().satisfies(t -> assertThat(t.accepted()).isTrue());
                    assertThat(AcknowledgmentReader.read(read(sftp, answers, ".277")).claims()).hasSize(3);
                    Era835File era = new Era835Reader().read(read(sftp, answers, ".835")
                            .getBytes(StandardCharsets.US_ASCII));
                    assertThat(era.allErrors()).isEmpty();
                    assertThat(era.groups().get(0).transactions().get(0).remittance().imbalances()).isEmpty();
                }
            } finally {
                client.stop();
            }
        }
    }

    /** Polls /outbound until a file of each kind is there (never a .part: those are hidden until renamed). */
    private static List<String> awaitFiles(SftpClient sftp, List<String> suffixes) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> names = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            names.clear();
            sftp.readDir("/outbound").forEach(e -> names.add(e.getFilename()));
            if (suffixes.stream().allMatch(s -> names.stream().anyMatch(n -> n.endsWith(s)))) {
                return names.stream().filter(n -> !n.startsWith(".") && n.contains("-")).toList();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Only " + names + " in /outbound after " + WAIT);
    }

    private static String read(SftpClient sftp, List<String> names, String suffix) throws IOException {
        String name = names.stream().filter(n -> n.endsWith(suffix)).findFirst().orElseThrow();
        try (InputStream in = sftp.read("/outbound/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static KeyPair clientKey(Path secrets) throws Exception {
        try (InputStream in = Files.newInputStream(secrets.resolve(SshKeys.CLIENT_KEY))) {
            return SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("client"), in, null).iterator()
                    .next();
        }
    }
}
