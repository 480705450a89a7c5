package io.openrcm.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.RequiredServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stack's payer simulator: keys made into the secrets folder (owner only), ready when its port answers SSH, and
 * a client configured with nothing but the RCM_CLEARINGHOUSE_* settings the services get logs in and sees the
 * mailboxes.
 */
class StackPayerSimulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path repo;

    @Test
    void aClientWithTheServicesSettingsLogsInAndSeesTheMailboxes() throws Exception {
        StackOptions options = StackOptions.builder(repo).payerSimulator(true).payerSimulatorPort(0).build();
        Path data = repo.resolve(".rcm-data");
        try (StackPayerSimulator simulator = StackPayerSimulator.start(options, data, data.resolve("secrets"), WAIT)) {
            Map<String, String> env = simulator.clientEnvironment();

            assertThat(env).containsEntry("RCM_CLEARINGHOUSE_ENABLED", "true")
                    .containsEntry("RCM_CLEARINGHOUSE_ID", "local-clearinghouse")
                    .containsEntry("RCM_CLEARINGHOUSE_HOST", "127.0.0.1")
                    .containsEntry("RCM_CLEARINGHOUSE_PORT", Integer.toString(simulator.port()))
                    .containsEntry("RCM_CLEARINGHOUSE_INBOUND_FOLDER", "/inbound")
                    .containsEntry("RCM_CLEARINGHOUSE_OUTBOUND_FOLDER", "/outbound")
                    .containsEntry("RCM_CLEARINGHOUSE_ARCHIVE_FOLDER", "/outbound/archive")
                    .containsEntry("RCM_CLEARINGHOUSE_FAILED_FOLDER", "/outbound/failed")
                    .containsEntry("RCM_CLEARINGHOUSE_POLL_EVERY", "5s");
            Path key = Path.of(env.get("RCM_CLEARINGHOUSE_PRIVATE_KEY_FILE"));
            Path hostKey = Path.of(env.get("RCM_CLEARINGHOUSE_KNOWN_HOST_KEY_FILE"));
            assertThat(key).startsWith(data.resolve("secrets"));
            assertThat(Files.getPosixFilePermissions(key))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            assertThat(Files.readAllLines(hostKey)).hasSize(1);

            assertThat(list(env, key, hostKey, "/")).contains("inbound", "outbound");
            assertThat(list(env, key, hostKey, "/outbound")).contains("archive", "failed");
        }
    }

    private static List<String> list(Map<String, String> env, Path key, Path hostKey, String folder)
            throws Exception {
        PublicKey pinned = AuthorizedKeyEntry.parseAuthorizedKeyEntry(Files.readString(hostKey).trim())
                .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        KeyPair identity;
        try (InputStream in = Files.newInputStream(key)) {
            identity = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("client"), in, null).iterator()
                    .next();
        }
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new RequiredServerKeyVerifier(pinned));
        client.start();
        try (ClientSession session = client.connect(env.get("RCM_CLEARINGHOUSE_USER"),
                env.get("RCM_CLEARINGHOUSE_HOST"), Integer.parseInt(env.get("RCM_CLEARINGHOUSE_PORT")))
                .verify(WAIT).getSession()) {
            session.addPublicKeyIdentity(identity);
            session.auth().verify(WAIT);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                List<String> names = new ArrayList<>();
                sftp.readDir(folder).forEach(e -> names.add(e.getFilename()));
                return names;
            }
        } finally {
            client.stop();
        }
    }
}
