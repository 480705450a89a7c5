package io.openrcm.payersim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;

/**
 * The SSH keys of the clearinghouse connection, made once into a secrets folder (files readable by the owner only):
 * the server's host key and its public line (what the client pins as the known host key), the client's key pair and
 * the authorized-keys file that lets it in. ECDSA P-256, OpenSSH formats.
 */
public final class SshKeys {

    /** The server's private host key. */
    public static final String HOST_KEY = "payer-simulator-host-key";
    /** The server's public host key, one OpenSSH line: the client's known host key. */
    public static final String HOST_KEY_PUBLIC = "payer-simulator-host-key.pub";
    /** The client's private key (the services' {@code rcm.clearinghouse.private-key-file}). */
    public static final String CLIENT_KEY = "clearinghouse-client-key";
    /** The client's public key line. */
    public static final String CLIENT_KEY_PUBLIC = "clearinghouse-client-key.pub";
    /** The server's authorized keys: the client's public key. */
    public static final String AUTHORIZED_KEYS = "payer-simulator-authorized-keys";

    private SshKeys() {
    }

    /** Makes the key files that are missing in {@code secrets}; existing ones are kept (and so stay trusted). */
    public static void ensure(Path secrets) throws IOException {
        Files.createDirectories(secrets);
        if (!Files.isRegularFile(secrets.resolve(HOST_KEY)) || !Files.isRegularFile(secrets.resolve(HOST_KEY_PUBLIC))) {
            KeyPair host = generate();
            writePrivate(host, secrets.resolve(HOST_KEY), "payer-simulator-host");
            writeOwnerOnly(secrets.resolve(HOST_KEY_PUBLIC), publicLine(host.getPublic(), "payer-simulator-host"));
        }
        if (!Files.isRegularFile(secrets.resolve(CLIENT_KEY)) || !Files.isRegularFile(secrets.resolve(AUTHORIZED_KEYS))) {
            KeyPair client = generate();
            writePrivate(client, secrets.resolve(CLIENT_KEY), "openrcm-clearinghouse-client");
            String line = publicLine(client.getPublic(), "openrcm-clearinghouse-client");
            writeOwnerOnly(secrets.resolve(CLIENT_KEY_PUBLIC), line);
            writeOwnerOnly(secrets.resolve(AUTHORIZED_KEYS), line);
        }
    }

    /** A new ECDSA P-256 key pair. */
    public static KeyPair generate() {
        try {
            return KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No ECDSA P-256 key generator in this Java runtime", e);
        }
    }

    /** One OpenSSH public key line: {@code ecdsa-sha2-nistp256 AAAA... comment}. */
    public static String publicLine(PublicKey key, String comment) {
        return PublicKeyEntry.toString(key) + " " + comment + "\n";
    }

    /** Writes the private key in the OpenSSH format, unencrypted, readable by the owner only. */
    public static void writePrivate(KeyPair pair, Path file, String comment) throws IOException {
        try (OutputStream out = ownerOnly(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, comment, null, out);
        } catch (GeneralSecurityException e) {
            throw new IOException("The key cannot be written to " + file, e);
        }
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        try (OutputStream out = ownerOnly(file)) {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** A new file with rw------- from its creation (never readable by others, not even for a moment). */
    private static OutputStream ownerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system (Windows): its ACLs apply
        }
        return Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
