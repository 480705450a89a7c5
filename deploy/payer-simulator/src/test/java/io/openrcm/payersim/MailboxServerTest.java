package io.openrcm.payersim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.RequiredServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SFTP server through MINA's own client: keys made by SshKeys, upload and rename, listing, refusals. */
class MailboxServerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private MailboxServer server;
    private SshClient client;
    private Path secrets;

    @BeforeEach
    void start() throws IOException {
        secrets = dir.resolve("secrets");
        SshKeys.ensure(secrets);
        new Mailbox(dir.resolve("home")).create();
        server = MailboxServer.start(new MailboxServer.Settings("127.0.0.1", 0, "openrcm",
                secrets.resolve(SshKeys.HOST_KEY), secrets.resolve(SshKeys.AUTHORIZED_KEYS), dir.resolve("home")));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new RequiredServerKeyVerifier(hostKey()));
        client.start();
    }

    @AfterEach
    void stop() throws IOException {
        client.stop();
        server.close();
    }

    @Test
    void theProviderUploadsRenamesAndListsInItsHome() throws IOException {
        try (ClientSession session = session("openrcm", clientKey());
                SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            try (OutputStream out = sftp.write("/inbound/batch-1.837.part")) {
                out.write("ISA*...".getBytes(StandardCharsets.US_ASCII));
            }
            sftp.rename("/inbound/batch-1.837.part", "/inbound/batch-1.837");
            List<String> names = new ArrayList<>();
            sftp.readDir("/inbound").forEach(e -> names.add(e.getFilename()));
            assertThat(names).contains("batch-1.837").doesNotContain("batch-1.837.part");
            List<String> root = new ArrayList<>();
            sftp.readDir("/").forEach(e -> root.add(e.getFilename()));
            assertThat(root).contains("inbound", "outbound");
            assertThat(sftp.canonicalPath("/../..")).as("jailed in its home").isEqualTo("/");
        }
        assertThat(Files.readString(dir.resolve("home/inbound/batch-1.837"))).isEqualTo("ISA*...");
    }

    @Test
    void anUnknownKeyIsRefused() throws Exception {
        assertThatThrownBy(() -> session("openrcm", SshKeys.generate()).close()).isInstanceOf(IOException.class);
    }

    @Test
    void theRightKeyUnderAnotherUserNameIsRefused() {
        assertThatThrownBy(() -> session("root", clientKey()).close()).isInstanceOf(IOException.class);
    }

    @Test
    void aClientPinningAnotherHostKeyRefusesTheServer() {
        client.setServerKeyVerifier(new RequiredServerKeyVerifier(SshKeys.generate().getPublic()));
        assertThatThrownBy(() -> session("openrcm", clientKey()).close()).isInstanceOf(IOException.class);
    }

    @Test
    void keysAreReadableByTheOwnerOnlyAndKeptOnTheNextStart() throws Exception {
        String before = Files.readString(secrets.resolve(SshKeys.HOST_KEY_PUBLIC));
        SshKeys.ensure(secrets);
        assertThat(Files.readString(secrets.resolve(SshKeys.HOST_KEY_PUBLIC))).isEqualTo(before)
                .startsWith("ecdsa-sha2-nistp256 ").hasLineCount(1);
        for (String name : List.of(SshKeys.HOST_KEY, SshKeys.CLIENT_KEY, SshKeys.AUTHORIZED_KEYS,
                SshKeys.HOST_KEY_PUBLIC)) {
            assertThat(Files.getPosixFilePermissions(secrets.resolve(name)))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
    }

    private ClientSession session(String user, KeyPair key) throws IOException {
        ClientSession session = client.connect(user, "127.0.0.1", server.port()).verify(WAIT).getSession();
        session.addPublicKeyIdentity(key);
        try {
            session.auth().verify(WAIT);
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    private PublicKey hostKey() throws IOException {
        try {
            return AuthorizedKeyEntry.parseAuthorizedKeyEntry(Files.readString(secrets.resolve(SshKeys.HOST_KEY_PUBLIC))
                    .trim()).resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private KeyPair clientKey() throws IOException {
        try {
            return SecurityUtils.loadKeyPairIdentities(null, org.apache.sshd.common.NamedResource.ofName("client"), Files.newInputStream(
                    secrets.resolve(SshKeys.CLIENT_KEY)), null).iterator().next();
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }
}
