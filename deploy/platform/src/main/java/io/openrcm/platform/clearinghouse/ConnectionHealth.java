package io.openrcm.platform.clearinghouse;

import java.time.Duration;
import java.time.Instant;

/**
 * What the last rounds with the clearinghouse said: up or failing (and why), a host key refused, and how long to
 * wait before the next try: the polling interval while all is well, doubling per failed round up to five minutes.
 */
public final class ConnectionHealth {

    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private volatile int failures;
    private volatile String lastError;
    private volatile boolean connectionFault;
    private volatile boolean hostKeyRefused;
    private volatile Instant lastSuccess;
    private volatile boolean tried;

    public synchronized void succeeded(Instant at) {
        tried = true;
        failures = 0;
        lastError = null;
        connectionFault = false;
        hostKeyRefused = false;
        lastSuccess = at;
    }

    public synchronized void failed(Exception e) {
        tried = true;
        failures++;
        hostKeyRefused = e instanceof HostKeyRefusedException;
        connectionFault = e instanceof java.io.IOException;
        lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Up once a round went through and none failed since. */
    public boolean up() {
        return tried && failures == 0;
    }

    public int consecutiveFailures() {
        return failures;
    }

    public String lastError() {
        return lastError;
    }

    /**
     * The last failure as an operator may see it anywhere (a dashboard): the text of a connection or SFTP fault
     * (refused, timed out, authentication, host key, a folder missing), which carries no patient data; any other
     * failure (an intake that threw while taking a file) by its kind only, its text staying in the service's log.
     */
    public String connectionError() {
        String error = lastError;
        if (error == null || connectionFault) {
            return error;
        }
        int colon = error.indexOf(':');
        return (colon < 0 ? error : error.substring(0, colon)) + " (not a connection fault; see the service's log)";
    }

    public boolean hostKeyRefused() {
        return hostKeyRefused;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    /** The wait before the next round: {@code every}, doubled per consecutive failure, at most five minutes. */
    public Duration nextDelay(Duration every) {
        Duration delay = every;
        for (int i = 0; i < Math.min(failures, 16) && delay.compareTo(MAX_BACKOFF) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
