package io.openrcm.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An in-test clearinghouse for service tests: a MINA SshServer with the SFTP subsystem over a temp dir, the mailbox
 * folders of the shared contract (/inbound, /outbound, /outbound/archive, /outbound/failed), a user "provider" whose
 * key and the server's known host key are written as files, and the rcm.clearinghouse.* settings pointing at it.
 */
public final class SftpClearinghouse implements AutoCloseable {

    private final Path root;
    private final Path keys;
    private final SshServer server;

    public SftpClearinghouse(Path dir) {
        try {
            root = Files.createDirectories(dir.resolve("home"));
            keys = Files.createDirectories(dir.resolve("keys"));
            for (String folder : List.of("inbound", "outbound", "outbound/archive", "outbound/failed")) {
                Files.createDirectories(root.resolve(folder));
            }
            KeyPair client = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
            KeyPair host = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
            try (OutputStream out = Files.newOutputStream(keys.resolve("id_ecdsa"))) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(client, "openrcm-test", null, out);
            }
            Files.writeString(keys.resolve("host_key.pub"), PublicKeyEntry.toString(host.getPublic()) + " test\n");
            server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            server.setKeyPairProvider(KeyPairProvider.wrap(host));
            server.setPublickeyAuthenticator((user, key, session) -> "provider".equals(user)
                    && KeyUtils.compareKeys(key, client.getPublic()));
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root));
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rcm.clearinghouse.* settings of a service that talks to this clearinghouse, polling every 500 ms. */
    public Map<String, String> config() {
        Map<String, String> c = new HashMap<>();
        c.put("rcm.clearinghouse.enabled", "true");
        c.put("rcm.clearinghouse.id", "test-clearinghouse");
        c.put("rcm.clearinghouse.host", "127.0.0.1");
        c.put("rcm.clearinghouse.port", String.valueOf(server.getPort()));
        c.put("rcm.clearinghouse.user", "provider");
        c.put("rcm.clearinghouse.private-key-file", keys.resolve("id_ecdsa").toString());
        c.put("rcm.clearinghouse.known-host-key-file", keys.resolve("host_key.pub").toString());
        c.put("rcm.clearinghouse.poll-every", "500ms");
        return c;
    }

    /** A folder of the mailbox, such as {@code outbound/failed}. */
    public Path folder(String name) {
        return root.resolve(name);
    }

    /** Drops a file into the outbound folder as the clearinghouse does: written under a dot-name, then renamed. */
    public void deliver(String name, String content) {
        try {
            Path part = folder("outbound").resolve("." + name + ".part");
            Files.writeString(part, content);
            Files.move(part, folder("outbound").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
