package io.openrcm.platform.clearinghouse;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A clearinghouse connection as an administrator writes it (PUT /admin/clearinghouse-connections/{id}), and as it is
 * read back. Key files are paths on the service's host; a key's content is refused (a secret never enters the
 * database in clear).
 */
public record ConnectionRequest(String host, Integer port, String user, String privateKeyFile,
        String knownHostKeyFile, String inboundFolder, String outboundFolder, String archiveFolder,
        String failedFolder, Long pollEveryMillis, Boolean enabled, String fileNaming) {

    /** A request without a file naming rule: the default one ({@link FileNaming#DEFAULT}). */
    public ConnectionRequest(String host, Integer port, String user, String privateKeyFile, String knownHostKeyFile,
            String inboundFolder, String outboundFolder, String archiveFolder, String failedFolder,
            Long pollEveryMillis, Boolean enabled) {
        this(host, port, user, privateKeyFile, knownHostKeyFile, inboundFolder, outboundFolder, archiveFolder,
                failedFolder, pollEveryMillis, enabled, null);
    }

    /** The connection as read back; the same shape, with its id. */
    public record View(String id, String host, int port, String user, String privateKeyFile, String knownHostKeyFile,
            String inboundFolder, String outboundFolder, String archiveFolder, String failedFolder,
            long pollEveryMillis, boolean enabled, String fileNaming) {

        public static View of(Connection c) {
            return new View(c.id(), c.host(), c.port(), c.user(), c.privateKeyFile(), c.knownHostKeyFile(),
                    c.inboundFolder(), c.outboundFolder(), c.archiveFolder(), c.failedFolder(),
                    c.pollEvery().toMillis(), c.enabled(), c.fileNaming());
        }
    }

    /**
     * The connection this request describes.
     *
     * @throws ProblemException 400 naming every field that is missing or wrong; nothing is stored
     */
    public Connection toConnection(String id) {
        List<Violation> v = new ArrayList<>();
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,64}")) {
            v.add(new Violation("/id", "the id must be 1 to 64 letters, digits, '.', '_' or '-'"));
        }
        required(v, "/host", host);
        if (port == null || port < 1 || port > 65535) {
            v.add(new Violation("/port", "the port must be 1 to 65535"));
        }
        required(v, "/user", user);
        keyFile(v, "/privateKeyFile", privateKeyFile);
        keyFile(v, "/knownHostKeyFile", knownHostKeyFile);
        folder(v, "/inboundFolder", inboundFolder);
        folder(v, "/outboundFolder", outboundFolder);
        folder(v, "/archiveFolder", archiveFolder);
        folder(v, "/failedFolder", failedFolder);
        if (pollEveryMillis == null || pollEveryMillis < 500) {
            v.add(new Violation("/pollEveryMillis", "the polling interval must be at least 500 ms"));
        }
        if (enabled == null) {
            v.add(new Violation("/enabled", "enabled must be true or false"));
        }
        // Absent: the rule of today; present: a template the upload can use, or a 400 naming the field.
        String naming = fileNaming == null ? FileNaming.DEFAULT : fileNaming.strip();
        FileNaming.problem(naming).ifPresent(p -> v.add(new Violation("/fileNaming", p)));
        if (!v.isEmpty()) {
            throw ProblemException.invalidRequest(v);
        }
        return new Connection(id, host.strip(), port, user.strip(), privateKeyFile.strip(), knownHostKeyFile.strip(),
                inboundFolder, outboundFolder, archiveFolder, failedFolder, Duration.ofMillis(pollEveryMillis),
                enabled, naming);
    }

    private static void required(List<Violation> v, String pointer, String value) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(pointer, "required"));
        }
    }

    private static void keyFile(List<Violation> v, String pointer, String value) {
        required(v, pointer, value);
        if (value != null && (value.contains("PRIVATE KEY") || value.contains("\n") || value.length() > 500)) {
            v.add(new Violation(pointer, "a path to the key file, never the key itself"));
        }
    }

    private static void folder(List<Violation> v, String pointer, String value) {
        if (value == null || !value.startsWith("/") || value.contains("..")) {
            v.add(new Violation(pointer, "an absolute folder of the SFTP user's home, such as /inbound"));
        }
    }
}
