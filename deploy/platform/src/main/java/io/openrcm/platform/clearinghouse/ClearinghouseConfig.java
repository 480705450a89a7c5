package io.openrcm.platform.clearinghouse;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The default clearinghouse connection, under {@code rcm.clearinghouse} (env {@code RCM_CLEARINGHOUSE_*}): seeded into
 * the connection table at start-up, where an administrator may change it. The private key stays in its file; only the
 * file's path is stored.
 */
@ConfigMapping(prefix = "rcm.clearinghouse")
public interface ClearinghouseConfig {

    /** Whether this service talks to a clearinghouse at all; off, 837P files wait at GET /submissions as before. */
    @WithDefault("false")
    boolean enabled();

    /** The connection's id in the reference data. */
    @WithDefault("local-clearinghouse")
    String id();

    Optional<String> host();

    @WithDefault("22")
    int port();

    Optional<String> user();

    /** An OpenSSH private key file (the secret stays in the file, never in the database). */
    Optional<String> privateKeyFile();

    /** The server's public host key, one OpenSSH line; a server presenting another key is refused. */
    Optional<String> knownHostKeyFile();

    @WithDefault("/inbound")
    String inboundFolder();

    @WithDefault("/outbound")
    String outboundFolder();

    @WithDefault("/outbound/archive")
    String archiveFolder();

    @WithDefault("/outbound/failed")
    String failedFolder();

    @WithDefault("5s")
    Duration pollEvery();

    /** How uploaded 837 files are named ({@link FileNaming}). */
    @WithDefault(FileNaming.DEFAULT)
    String fileNaming();
}
