package io.openrcm.bench;

import java.util.Arrays;

/** Latency percentiles by the nearest-rank method over every sample (no histogram buckets, no interpolation). */
final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    /** The percentiles of these samples (copied, then sorted). */
    static Percentiles of(long[] samples) {
        long[] copy = Arrays.copyOf(samples, samples.length);
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    int count() {
        return sorted.length;
    }

    /**
     * The nearest-rank percentile: the smallest sample such that at least p percent of the samples are at or below it.
     *
     * @param p from 0 (exclusive) to 100
     * @throws IllegalStateException when there are no samples
     */
    long percentile(double p) {
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("p must be in (0, 100], got " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    long max() {
        return sorted[sorted.length - 1];
    }

    /** "p50 12 ms, p95 40 ms, p99 80 ms, max 120 ms (n=1000)", or "no samples". */
    String summary() {
        if (sorted.length == 0) {
            return "no samples";
        }
        return String.format("p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (n=%d)", percentile(50), percentile(95),
                percentile(99), max(), sorted.length);
    }
}
