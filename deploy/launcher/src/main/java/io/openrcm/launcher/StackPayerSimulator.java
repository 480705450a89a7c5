package io.openrcm.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.openrcm.infra.PrivateFiles;
import io.openrcm.payersim.MailboxServer;
import io.openrcm.payersim.PayerSimulator;
import io.openrcm.payersim.SimulatorConfig;
import io.openrcm.payersim.SshKeys;

/**
 * The stack's payer simulator (deploy/payer-simulator), run inside the launcher like the embedded data stores: its
 * SSH keys made on first start into the secrets folder, its mailboxes and state under the data directory, ready when
 * its SFTP port answers with an SSH identification line; and the RCM_CLEARINGHOUSE_* settings the services get.
 */
final class StackPayerSimulator implements AutoCloseable {

    /** The SFTP user the services log in as. */
    static final String USER = "openrcm";
    /** The connection's id in the services' reference data (rcm.clearinghouse.id). */
    static final String CONNECTION_ID = "local-clearinghouse";
    /** The services that talk to the clearinghouse: claim-service sends 837s, reads 999 and 277CA; reimbursement 835. */
    static final Set<String> CLIENTS = Set.of(ServiceSpec.CLAIM_SERVICE, ServiceSpec.REIMBURSEMENT_SERVICE);
    static final String RULES = "deploy/payer-simulator/payer-simulator.properties";
    private static final String HOST = "127.0.0.1";

    private final PayerSimulator simulator;
    private final Path secrets;

    private StackPayerSimulator(PayerSimulator simulator, Path secrets) {
        this.simulator = simulator;
        this.secrets = secrets;
    }

    /** Makes the keys that are missing, starts the server and the payer, and waits until the port answers. */
    static StackPayerSimulator start(StackOptions options, Path dataDir, Path secrets, Duration timeout) {
        try {
            PrivateFiles.createPrivateDirectory(secrets);
            SshKeys.ensure(secrets);
            Path rules = options.repoRoot().resolve(RULES);
            SimulatorConfig config = Files.isRegularFile(rules) ? SimulatorConfig.load(rules)
                    : SimulatorConfig.defaults();
            Path root = dataDir.resolve("payer-simulator");
            PayerSimulator simulator = PayerSimulator.start(config, new MailboxServer.Settings(HOST,
                    options.payerSimulatorPort(), USER, secrets.resolve(SshKeys.HOST_KEY),
                    secrets.resolve(SshKeys.AUTHORIZED_KEYS), root.resolve("home")), root.resolve("state"));
            StackPayerSimulator started = new StackPayerSimulator(simulator, secrets);
            try {
                started.awaitReady(timeout);
            } catch (RuntimeException e) {
                started.close();
                throw e;
            }
            return started;
        } catch (IOException | IllegalArgumentException e) {
            throw new StackException("The payer simulator did not start: " + e.getMessage(), e);
        }
    }

    /** Ready when its port answers {@code SSH-2.0-...}, as a client would see it. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port()), 2_000);
                socket.setSoTimeout(5_000);
                String banner = firstLine(socket.getInputStream());
                if (banner.startsWith("SSH-2.0-") && simulator.isReady()) {
                    return;
                }
                last = "it answered '" + banner + "'";
            } catch (IOException e) {
                last = e.getMessage();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new StackException("The payer simulator's SFTP port " + HOST + ":" + port() + " is not ready after "
                + timeout.toSeconds() + " s: " + last);
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n' && line.length() < 255) {
            line.append((char) c);
        }
        return line.toString().strip();
    }

    int port() {
        return simulator.port();
    }

    /** The settings a client service gets (rcm.clearinghouse.*): where to connect, its key, the folders. */
    Map<String, String> clientEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("RCM_CLEARINGHOUSE_ENABLED", "true");
        env.put("RCM_CLEARINGHOUSE_ID", CONNECTION_ID);
        env.put("RCM_CLEARINGHOUSE_HOST", HOST);
        env.put("RCM_CLEARINGHOUSE_PORT", Integer.toString(port()));
        env.put("RCM_CLEARINGHOUSE_USER", USER);
        env.put("RCM_CLEARINGHOUSE_PRIVATE_KEY_FILE", secrets.resolve(SshKeys.CLIENT_KEY).toString());
        env.put("RCM_CLEARINGHOUSE_KNOWN_HOST_KEY_FILE", secrets.resolve(SshKeys.HOST_KEY_PUBLIC).toString());
        env.put("RCM_CLEARINGHOUSE_INBOUND_FOLDER", "/inbound");
        env.put("RCM_CLEARINGHOUSE_OUTBOUND_FOLDER", "/outbound");
        env.put("RCM_CLEARINGHOUSE_ARCHIVE_FOLDER", "/outbound/archive");
        env.put("RCM_CLEARINGHOUSE_FAILED_FOLDER", "/outbound/failed");
        env.put("RCM_CLEARINGHOUSE_POLL_EVERY", "5s");
        return env;
    }

    /** The payer simulator itself (tests run a cycle at once through it). */
    PayerSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        try {
            simulator.close();
        } catch (IOException e) {
            System.getLogger(StackPayerSimulator.class.getName()).log(System.Logger.Level.WARNING,
                    "The payer simulator did not stop cleanly: " + e.getMessage());
        }
    }
}
