package io.openrcm.platform.clearinghouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file taken from the outbound folder.
 *
 * @param connectionId the connection it came through
 * @param name its remote name
 * @param content its bytes
 * @param sha256 the content's SHA-256, hex
 */
public record InboundFile(String connectionId, String name, byte[] content, String sha256) {

    public static InboundFile of(String connectionId, String name, byte[] content) {
        return new InboundFile(connectionId, name, content, sha256(content));
    }

    public String text() {
        return new String(content, StandardCharsets.ISO_8859_1);
    }

    /** The SHA-256 of some bytes, hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
