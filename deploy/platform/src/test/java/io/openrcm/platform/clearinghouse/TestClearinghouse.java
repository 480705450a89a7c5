package io.openrcm.platform.clearinghouse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An in-test clearinghouse: a MINA SshServer with the SFTP subsystem over a temp dir (VirtualFileSystemFactory), the
 * mailbox folders made, our key allowed, and the key files a connection names. Can drop a session part-way through
 * an upload and swap its host key.
 */
final class TestClearinghouse implements AutoCloseable {

    final Path root;
    final Path keys;
    private final KeyPair clientKey;
    private KeyPair hostKey;
    private SshServer server;
    private int port;
    /** When positive, a session is dropped once this many bytes of a file were written. */
    final AtomicLong dropAfterBytes = new AtomicLong(-1);

    TestClearinghouse(Path dir) throws IOException, GeneralSecurityException {
        root = Files.createDirectories(dir.resolve("home"));
        keys = Files.createDirectories(dir.resolve("keys"));
        for (String folder : List.of("inbound", "outbound", "outbound/archive", "outbound/failed")) {
            Files.createDirectories(root.resolve(folder));
        }
        clientKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        try (OutputStream out = Files.newOutputStream(keys.resolve("id_ecdsa"))) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "openrcm-test", null, out);
        }
        writeKnownHostKey(hostKey);
    }

    void writeKnownHostKey(KeyPair key) throws IOException {
        Files.writeString(keys.resolve("host_key.pub"), PublicKeyEntry.toString(key.getPublic()) + " test-host\n");
    }

    /** A new host key for the server (a restart after someone changed it, or another server at the address). */
    void changeHostKey() throws IOException, GeneralSecurityException {
        hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        stop();
        start();
    }

    void start() throws IOException {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> "provider".equals(user)
                && KeyUtils.compareKeys(key, clientKey.getPublic()));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void writing(ServerSession session, String remoteHandle, FileHandle local, long offset,
                    byte[] data, int dataOffset, int dataLen) throws IOException {
                long limit = dropAfterBytes.get();
                if (limit >= 0 && offset + dataLen > limit) {
                    dropAfterBytes.set(-1);
                    session.close(true);
                    throw new IOException("connection dropped by the test");
                }
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        port = server.getPort();
    }

    void stop() throws IOException {
        if (server != null) {
            server.stop(true);
            server = null;
        }
    }

    Connection connection() {
        return new Connection("test-clearinghouse", "127.0.0.1", port, "provider",
                keys.resolve("id_ecdsa").toString(), keys.resolve("host_key.pub").toString(), "/inbound",
                "/outbound", "/outbound/archive", "/outbound/failed", Duration.ofSeconds(1), true);
    }

    Path folder(String name) {
        return root.resolve(name);
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
