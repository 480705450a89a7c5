package io.openrcm.bench;

/**
 * What one fault did and how long the stack took to get over it.
 *
 * @param fault the fault
 * @param startedAt when it was injected (wall clock, ms)
 * @param healedAt when the broken part was started again (or the second instance stopped)
 * @param readyAt when every service of the stack answered ready again
 * @param underLoad whether the load (posting and waiting for the pipeline) was still running when it began
 * @param resumedAt when the next pipeline event arrived after readyAt, or -1 if none did
 * @param longestStallMillis the longest time without any pipeline event between startedAt and resumedAt
 */
public record Recovery(Fault fault, long startedAt, long healedAt, long readyAt, boolean underLoad, long resumedAt,
        long longestStallMillis) {

    /** Time to recover: from the fault until every service was ready again. */
    public long readyAfterMillis() {
        return readyAt - startedAt;
    }

    /** One line of the report. */
    String line(long runStart) {
        String resumed = resumedAt < 0 ? "none (load over)" : String.format("%.1f s", (resumedAt - readyAt) / 1e3);
        return String.format("  %6.1f s  %-40s %-5s ready again after %5.1f s (part back after %5.1f s);"
                        + " events after ready: %s; longest stall %.1f s", (startedAt - runStart) / 1e3,
                fault.describe(), underLoad ? "load" : "idle", readyAfterMillis() / 1e3, (healedAt - startedAt) / 1e3,
                resumed, longestStallMillis / 1e3);
    }
}
