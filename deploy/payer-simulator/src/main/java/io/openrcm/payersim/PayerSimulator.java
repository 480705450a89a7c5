package io.openrcm.payersim;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The payer simulator: the SFTP server in front, the payer's cycle behind it on a thread of its own. Started by the
 * local stack's launcher, or alone with {@link #main}.
 */
public final class PayerSimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PayerSimulator.class.getName());

    private final MailboxServer server;
    private final Thread cycles;
    private final Payer payer;

    private PayerSimulator(MailboxServer server, Payer payer) {
        this.server = server;
        this.payer = payer;
        this.cycles = new Thread(payer::run, "payer-simulator-cycles");
        this.cycles.setDaemon(true);
    }

    /**
     * Starts the server and the payer's cycles.
     *
     * @param stateDir the payer's own files (outside the mailbox home)
     */
    public static PayerSimulator start(SimulatorConfig config, MailboxServer.Settings settings, Path stateDir)
            throws IOException {
        Payer payer = new Payer(config, new Mailbox(settings.home()), stateDir, Clock.systemUTC());
        MailboxServer server = MailboxServer.start(settings);
        PayerSimulator simulator = new PayerSimulator(server, payer);
        simulator.cycles.start();
        LOG.info(() -> "Payer simulator: SFTP on " + settings.host() + ":" + server.port() + " for user "
                + settings.user() + ", " + config.payers().size() + " payers, a cycle every " + config.cycleEvery()
                + ", paid after " + config.adjudicationDelay());
        return simulator;
    }

    /** The SFTP port. */
    public int port() {
        return server.port();
    }

    /** True while the server listens and the payer's thread runs. */
    public boolean isReady() {
        return server.isOpen() && cycles.isAlive();
    }

    /** The payer (a test or the benchmark can run a cycle at once). */
    public Payer payer() {
        return payer;
    }

    @Override
    public void close() throws IOException {
        cycles.interrupt();
        server.close();
    }

    /**
     * Runs alone: {@code java -jar rcm-payer-simulator.jar <home> <state-dir> <port> <user> <host-key>
     * <authorized-keys> [rules.properties]}, bound to 127.0.0.1.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("Usage: PayerSimulator <mailbox-home> <state-dir> <port> <user> <host-key-file> "
                    + "<authorized-keys-file> [payer-simulator.properties]");
            System.exit(2);
        }
        SimulatorConfig config = args.length > 6 ? SimulatorConfig.load(Path.of(args[6])) : SimulatorConfig.defaults();
        PayerSimulator simulator = start(config, new MailboxServer.Settings("127.0.0.1", Integer.parseInt(args[2]),
                args[3], Path.of(args[4]), Path.of(args[5]), Path.of(args[0])), Path.of(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                simulator.close();
            } catch (IOException e) {
                LOG.warning("The SFTP server did not stop cleanly: " + e.getMessage());
            }
        }));
        Thread.currentThread().join();
    }
}
