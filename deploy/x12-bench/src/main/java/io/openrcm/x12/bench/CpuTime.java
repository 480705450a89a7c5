package io.openrcm.x12.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH secondary results for a shared machine: the benchmark thread's CPU time and the megabytes it handled per
 * iteration (totals, not rates), so that MB per CPU-second can be told apart from the wall-clock rate that other
 * builds on the same cores depress. Their ratio is printed as {@code mbPerCpuSecond} only per iteration total.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU seconds the benchmark thread spent in the measured operations of the iteration. */
    public double cpuSeconds;
    /** Megabytes handled in the same operations. */
    public double cpuMegabytes;

    private long start;

    @Setup(Level.Iteration)
    public void clear() {
        cpuSeconds = 0;
        cpuMegabytes = 0;
    }

    void start() {
        start = THREADS.getCurrentThreadCpuTime();
    }

    void stop(long bytes) {
        cpuSeconds += (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
        cpuMegabytes += bytes / 1e6;
    }
}
