package io.openrcm.payersim;

/**
 * Deterministic chances: a number in [0, 1) from the seed, a claim id and what is being decided, the same on every
 * run and in any order of claims (tests assert exact outcomes; a restart changes nothing).
 */
final class Draws {

    private final long seed;

    Draws(long seed) {
        this.seed = seed;
    }

    /** The draw for one decision about one key (a claim id, a trace number). */
    double of(String key, String decision) {
        long h = seed ^ 0xcbf29ce484222325L;
        for (char c : (key + '|' + decision).toCharArray()) {
            h = (h ^ c) * 0x100000001b3L;
        }
        return (mix(h) >>> 11) * 0x1.0p-53;
    }

    /** An index below {@code n}, drawn like {@link #of}. */
    int index(String key, String decision, int n) {
        return (int) Math.min(n - 1, Math.floor(of(key, decision) * n));
    }

    /** True with the given probability. */
    boolean chance(String key, String decision, double probability) {
        return probability > 0 && of(key, decision) < probability;
    }

    /** SplitMix64's finalizer: spreads FNV's bits over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
