package io.openrcm.infra;

/** Formats elapsed wall-clock time for the start and stop messages. */
final class Elapsed {

    private Elapsed() {
    }

    /** Milliseconds since a {@link System#nanoTime()} reading, as plain digits (MessageFormat would group them). */
    static String millisSince(long startNanos) {
        return Long.toString((System.nanoTime() - startNanos) / 1_000_000);
    }
}
