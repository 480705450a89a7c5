package io.openrcm.x12.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH secondary results: megabytes and claims per operation, so that JMH itself prints MB/s and claims/s (the
 * "megabytes" and "claims" rows, in ops/s) beside the operations per second.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Throughput {

    /** Megabytes (10^6 bytes) read or written. */
    public double megabytes;
    /** Claims read or written. */
    public double claims;

    @Setup(Level.Iteration)
    public void clear() {
        megabytes = 0;
        claims = 0;
    }

    void add(long bytes, long claimCount) {
        megabytes += bytes / 1e6;
        claims += claimCount;
    }
}
