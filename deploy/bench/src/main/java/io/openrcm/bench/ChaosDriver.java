package io.openrcm.bench;

import io.openrcm.infra.FreePorts;
import io.openrcm.launcher.Stack;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Injects the planned faults one after the other, a random pause apart, into a stack the load is running against,
 * heals each (restarts what it broke) and measures how long the stack took to be ready again.
 */
final class ChaosDriver {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);
    private static final int RESTART_ATTEMPTS = 3;

    private final Stack stack;
    private final List<Fault> plan;
    private final Random random;
    private final int minGapSeconds;
    private final int maxGapSeconds;
    private final Http http;
    private final List<Recovery> recoveries = Collections.synchronizedList(new ArrayList<>());
    private final long runStart = System.currentTimeMillis();
    private volatile boolean loadOver;
    private volatile RuntimeException failure;
    private Thread thread;

    ChaosDriver(Stack stack, List<Fault> plan, long seed, int minGapSeconds, int maxGapSeconds) {
        this.stack = stack;
        this.http = new Http(stack.caCertificate(), ChaosRun.credentials(stack));
        this.plan = plan;
        this.random = new Random(seed);
        this.minGapSeconds = minGapSeconds;
        this.maxGapSeconds = maxGapSeconds;
    }

    void start() {
        thread = new Thread(this::run, "rcm-chaos-driver");
        thread.setDaemon(true);
        thread.start();
    }

    /** Called when the load is over: waits until every fault has been injected and healed. */
    void awaitDone() {
        loadOver = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the chaos driver", e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    List<Recovery> recoveries() {
        return List.copyOf(recoveries);
    }

    long runStart() {
        return runStart;
    }

    private void run() {
        try {
            for (Fault fault : plan) {
                sleep(Duration.ofMillis(1000L * minGapSeconds + random.nextInt(1000 * (maxGapSeconds - minGapSeconds) + 1)));
                Recovery r = inject(fault);
                recoveries.add(r);
                System.out.printf("  chaos: %s at %.1f s, ready again after %.1f s%n", fault.describe(),
                        (r.startedAt() - runStart) / 1e3, r.readyAfterMillis() / 1e3);
            }
        } catch (RuntimeException e) {
            failure = e;
            System.out.println("  chaos: the driver stopped: " + e.getMessage());
        }
    }

    private Recovery inject(Fault fault) {
        boolean underLoad = !loadOver;
        long started = System.currentTimeMillis();
        switch (fault.kind()) {
            case KILL -> {
                stack.killService(fault.target());
                sleep(Duration.ofMillis(1000 + random.nextInt(3000)));
                restart(fault.target());
            }
            case RESTART_KAFKA -> {
                stack.stopKafka();
                sleep(Duration.ofSeconds(5));
                stack.restartKafka();
            }
            case RESTART_POSTGRES -> {
                stack.stopPostgres();
                sleep(Duration.ofSeconds(5));
                stack.restartPostgres();
            }
            case KILL_INSTANCE -> stack.killService(fault.target());
            case SECOND_INSTANCE -> {
                stack.startSecondInstance(fault.target(), FreePorts.pick());
                sleep(Duration.ofMillis(5000 + random.nextInt(10_000)));
                stack.stopSecondInstance(fault.target());
            }
        }
        long healed = System.currentTimeMillis();
        awaitAllReady();
        return new Recovery(fault, started, healed, System.currentTimeMillis(), underLoad, -1, 0);
    }

    /**
     * Starts the killed service again, as an orchestrator would: once more if it was not ready in time (a start
     * on a loaded machine can take minutes), so one slow start does not end the run.
     */
    private void restart(String service) {
        for (int attempt = 1; ; attempt++) {
            try {
                stack.startService(service);
                return;
            } catch (RuntimeException e) {
                if (attempt == RESTART_ATTEMPTS) {
                    throw e;
                }
                System.out.println("  chaos: " + service + " did not start (" + firstLine(e.getMessage())
                        + "); starting it again");
            }
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private void awaitAllReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        for (String service : Fault.SERVICES) {
            String url = stack.service(service).baseUrl() + "/q/health/ready";
            while (!ready(url)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(url + " not ready within " + READY_TIMEOUT.toSeconds() + " s");
                }
                sleep(Duration.ofMillis(200));
            }
        }
    }

    private boolean ready(String url) {
        try {
            return http.get(url).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
