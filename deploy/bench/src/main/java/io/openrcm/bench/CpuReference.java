package io.openrcm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A fixed piece of single-threaded work timed in this thread's CPU time: how much a CPU-millisecond buys on this host
 * right now. Runs on the same host have given the same stack 2.2 and 3.9 CPU-ms per claim hours apart; this figure
 * tells whether a run's cores were slower. It does not correct the CPU per claim for other causes: on the night it
 * was added it read as on the idle host while the runs cost a third more. The work is the kind the services do (hashing as TLS does, sorting, a hash map of boxed keys), the same
 * every time (seeded), and its result is kept so the JIT cannot drop it. Best of several rounds after a warm-up: the
 * host's speed, not the bench JVM's compiler.
 */
final class CpuReference {

    static final int ROUNDS = 9;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int HASHED_BYTES = 8 << 20;
    private static final int SORTED = 400_000;
    private static final int MAPPED = 200_000;

    private CpuReference() {
    }

    /**
     * One measurement.
     *
     * @param millis CPU milliseconds of the best round
     * @param checksum what the work computed (the same in every round and every run)
     */
    record Result(double millis, long checksum) {
    }

    /** Times the work {@link #ROUNDS} times after a warm-up; the best round's CPU time. */
    static Result measure() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            checksum = work();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) {
            long start = threads.getCurrentThreadCpuTime();
            long sum = work();
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
            if (sum != checksum) {
                throw new IllegalStateException("the reference work computed " + sum + " after " + checksum);
            }
        }
        return new Result(best / 1e6, checksum);
    }

    /** The work itself: deterministic, returns what it computed. */
    static long work() {
        SplittableRandom random = new SplittableRandom(20261206L);
        byte[] block = new byte[64 * 1024];
        random.nextBytes(block);
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (int done = 0; done < HASHED_BYTES; done += block.length) {
            sha256.update(block);
        }
        long sum = ByteBuffer.wrap(sha256.digest()).getLong();
        long[] values = random.longs(SORTED).toArray();
        Arrays.sort(values);
        sum = 31 * sum + values[SORTED / 2];
        Map<Long, Integer> map = new HashMap<>();
        for (int i = 0; i < MAPPED; i++) {
            map.merge(random.nextLong(MAPPED / 2), 1, Integer::sum);
        }
        return 31 * sum + map.size();
    }
}
