package io.openrcm.platform.clearinghouse;

import java.time.Duration;

/**
 * One clearinghouse connection (reference data): where its SFTP server is, who we are there, the key files, the
 * mailbox folders and how often to look. Paths to key files only: the private key never enters the database.
 *
 * @param id the connection's id, such as {@code local-clearinghouse}
 * @param host the SFTP server
 * @param port its port
 * @param user the mailbox's user
 * @param privateKeyFile our OpenSSH private key file
 * @param knownHostKeyFile the server's public host key, one OpenSSH line
 * @param inboundFolder where our 837 files (and our 999s for files we could not read) go
 * @param outboundFolder where the clearinghouse leaves 999, 277CA and 835 files
 * @param archiveFolder where a file goes once its content is committed
 * @param failedFolder where a file that could not be read goes, with its reason
 * @param pollEvery how often the outbound folder is listed
 * @param enabled whether the services use it
 * @param fileNaming how uploaded 837 files are named ({@link FileNaming}), such as {@code {isa13}-{payer}.837}
 */
public record Connection(String id, String host, int port, String user, String privateKeyFile,
        String knownHostKeyFile, String inboundFolder, String outboundFolder, String archiveFolder,
        String failedFolder, Duration pollEvery, boolean enabled, String fileNaming) {

    /** A connection with the default file naming rule ({@link FileNaming#DEFAULT}). */
    public Connection(String id, String host, int port, String user, String privateKeyFile, String knownHostKeyFile,
            String inboundFolder, String outboundFolder, String archiveFolder, String failedFolder,
            Duration pollEvery, boolean enabled) {
        this(id, host, port, user, privateKeyFile, knownHostKeyFile, inboundFolder, outboundFolder, archiveFolder,
                failedFolder, pollEvery, enabled, FileNaming.DEFAULT);
    }

    /** The connection the configuration describes. */
    public static Connection of(ClearinghouseConfig c) {
        return new Connection(c.id(), c.host().orElse("localhost"), c.port(), c.user().orElse(""),
                c.privateKeyFile().orElse(""), c.knownHostKeyFile().orElse(""), c.inboundFolder(),
                c.outboundFolder(), c.archiveFolder(), c.failedFolder(), c.pollEvery(), c.enabled(), c.fileNaming());
    }

    /** The remote name of an 837 interchange's file under this connection's naming rule. */
    public String fileName(long interchangeControlNumber, String payerId) {
        return FileNaming.name(fileNaming, interchangeControlNumber, payerId);
    }

    /** The remote path of a file in a folder. */
    public static String path(String folder, String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }
}
