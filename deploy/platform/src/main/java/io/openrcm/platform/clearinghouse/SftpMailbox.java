package io.openrcm.platform.clearinghouse;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * Opens SFTP sessions to a clearinghouse with Apache MINA SSHD: public-key login with the connection's private key
 * file, and the server's host key compared with the one known key (any other is refused with
 * {@link HostKeyRefusedException}, never accepted silently). One SSH client for the process; a session per round.
 */
public final class SftpMailbox implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final SshClient client;

    public SftpMailbox() {
        client = SshClient.setUpDefaultClient();
        // Host keys are checked per session against the connection's known key (below), not a known_hosts file.
        client.setServerKeyVerifier((session, address, key) -> true);
        client.start();
    }

    /**
     * Logs in and opens the SFTP channel.
     *
     * @throws HostKeyRefusedException when the server presents another host key than the known one
     * @throws IOException when the server is down, refuses the login, or a key file cannot be read
     */
    public MailboxSession open(Connection connection) throws IOException {
        PublicKey known = readPublicKey(connection.knownHostKeyFile());
        KeyPair identity = readKeyPair(connection.privateKeyFile());
        AtomicReference<String> refused = new AtomicReference<>();
        ClientSession session = client.connect(connection.user(), connection.host(), connection.port())
                .verify(TIMEOUT).getSession();
        try {
            session.setServerKeyVerifier((ClientSession s, SocketAddress address, PublicKey presented) -> {
                if (KeyUtils.compareKeys(known, presented)) {
                    return true;
                }
                refused.set("the server " + connection.host() + ":" + connection.port() + " presented host key "
                        + KeyUtils.getFingerPrint(presented) + ", not the known " + KeyUtils.getFingerPrint(known)
                        + " (" + connection.knownHostKeyFile() + ")");
                return false;
            });
            session.addPublicKeyIdentity(identity);
            try {
                session.auth().verify(TIMEOUT);
            } catch (IOException e) {
                if (refused.get() != null) {
                    throw new HostKeyRefusedException(refused.get());
                }
                throw e;
            }
            if (refused.get() != null) {
                throw new HostKeyRefusedException(refused.get());
            }
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
            return new MailboxSession(session, sftp);
        } catch (IOException | RuntimeException e) {
            session.close(true);
            throw e;
        }
    }

    /** Reads the server's public key from a file of one OpenSSH line ({@code type base64 [comment]}). */
    static PublicKey readPublicKey(String file) throws IOException {
        String line = Files.readAllLines(Path.of(file)).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                .orElseThrow(() -> new IOException("no public key in the known host key file " + file));
        // Tolerates a known_hosts line: the host names before the key type are skipped.
        String[] parts = line.split("\\s+");
        int type = 0;
        while (type < parts.length - 1 && !parts[type].startsWith("ssh-") && !parts[type].startsWith("ecdsa-")) {
            type++;
        }
        try {
            return PublicKeyEntry.parsePublicKeyEntry(String.join(" ", java.util.Arrays.copyOfRange(parts, type,
                    parts.length))).resolvePublicKey(null, Collections.emptyMap(), PublicKeyEntryResolver.FAILING);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("the known host key file " + file + " holds no usable public key: "
                    + e.getMessage(), e);
        }
    }

    private static KeyPair readKeyPair(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file), in, null);
            if (pairs != null) {
                for (KeyPair pair : pairs) {
                    return pair;
                }
            }
            throw new IOException("no private key in " + file);
        } catch (GeneralSecurityException e) {
            throw new IOException("the private key file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        client.stop();
    }
}
