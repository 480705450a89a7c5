package io.openrcm.platform.eventing;

import java.time.Duration;

/** The pieces the relay, the consumers and the start-up share when they wait out a failure. */
public final class Retry {

    private Retry() {
    }

    /** The next delay: twice the current one, at most {@code max}. */
    public static Duration doubled(Duration current, Duration max) {
        Duration twice = current.multipliedBy(2);
        return twice.compareTo(max) > 0 ? max : twice;
    }

    /** The innermost cause as {@code Type: message}, the line an operator needs in a retry warning. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
