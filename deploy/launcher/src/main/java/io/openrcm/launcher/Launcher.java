package io.openrcm.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.logging.LogManager;

/** Entry point of {@code deploy/run.sh}: starts the local stack, prints its URLs, and stops it all on Ctrl-C. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        configureLogging();
        PrintStream out = System.out;
        LaunchArguments arguments;
        StackOptions options;
        try {
            arguments = LaunchArguments.parse(args, System.getenv());
            if (arguments.help()) {
                out.println(LaunchArguments.usage());
                return;
            }
            options = arguments.toOptions(RepoRoot.locate());
        } catch (IllegalArgumentException | StackException e) {
            System.err.println("rcm-launcher: " + e.getMessage());
            System.exit(2);
            return;
        }

        Stack stack = new Stack(options);
        Thread shutdown = new Thread(() -> {
            out.println();
            out.println("Stopping services, then Kafka, then PostgreSQL...");
            stack.close();
            out.println("Stopped. Data kept in " + options.dataDir() + " (use --reset to start from scratch).");
        }, "rcm-launcher-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        long started = System.nanoTime();
        try {
            stack.start();
        } catch (RuntimeException e) {
            // start() has already stopped whatever it had started; the hook would only announce a second stop.
            Runtime.getRuntime().removeShutdownHook(shutdown);
            System.err.println();
            System.err.println("rcm-launcher: the stack did not start:");
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        out.println(StackSummary.of(stack, (System.nanoTime() - started) / 1_000_000));
        // Runs until Ctrl-C (or SIGTERM): the shutdown hook then stops everything in order.
        new CountDownLatch(1).await();
    }

    // The launcher jar has no JBoss LogManager: plain java.util.logging, one line per record.
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream config = Launcher.class.getResourceAsStream("/rcm-launcher-logging.properties")) {
            if (config != null) {
                LogManager.getLogManager().readConfiguration(config);
            }
        } catch (IOException e) {
            System.err.println("rcm-launcher: using the default logging configuration (" + e.getMessage() + ")");
        }
    }
}
