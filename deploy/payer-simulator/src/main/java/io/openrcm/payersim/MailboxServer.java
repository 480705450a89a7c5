package io.openrcm.payersim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The clearinghouse's SFTP server (Apache MINA SSHD): one user, public-key authentication only (its authorized keys
 * file), the host key from a file (made on first start when missing), SFTP only (no shell, no port forwarding), the
 * user jailed in the mailbox directory, bound to one address (127.0.0.1 for the local stack).
 */
public final class MailboxServer implements AutoCloseable {

    /**
     * Where and how it listens.
     *
     * @param host the address bound
     * @param port the port; 0 for a free one
     * @param user the only user name taken
     * @param hostKey the server's private host key (OpenSSH or PEM); generated there when the file is missing
     * @param authorizedKeys the client public keys allowed (OpenSSH authorized_keys format)
     * @param home the directory the user sees as {@code /}
     */
    public record Settings(String host, int port, String user, Path hostKey, Path authorizedKeys, Path home) {
    }

    private final SshServer server;

    private MailboxServer(SshServer server) {
        this.server = server;
    }

    /** Starts the server; it listens when this returns. */
    public static MailboxServer start(Settings settings) throws IOException {
        if (!Files.isRegularFile(settings.authorizedKeys())) {
            throw new IOException("The authorized keys file " + settings.authorizedKeys() + " does not exist");
        }
        Files.createDirectories(settings.home());
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(settings.host());
        sshd.setPort(settings.port());
        sshd.setKeyPairProvider(Files.isRegularFile(settings.hostKey())
                ? new FileKeyPairProvider(settings.hostKey()) : generated(settings.hostKey()));
        AuthorizedKeysAuthenticator keys = new AuthorizedKeysAuthenticator(settings.authorizedKeys());
        sshd.setPublickeyAuthenticator((user, key, session) -> settings.user().equals(user)
                && keys.authenticate(user, key, session));
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setShellFactory(null);
        sshd.setCommandFactory(null);
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(settings.home().toAbsolutePath()));
        sshd.start();
        return new MailboxServer(sshd);
    }

    private static SimpleGeneratorHostKeyProvider generated(Path file) {
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
        provider.setAlgorithm("EC");
        provider.setKeySize(256);
        return provider;
    }

    /** The port it listens on (the one chosen when 0 was asked). */
    public int port() {
        return server.getPort();
    }

    public boolean isOpen() {
        return server.isStarted() && server.isOpen();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
