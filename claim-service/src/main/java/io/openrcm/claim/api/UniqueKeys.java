package io.openrcm.claim.api;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs a posting keyed by a natural key once more when a concurrent twin took the key first (a unique violation
 * rolled the attempt back): the second attempt finds the twin's result and answers with it, or a 409.
 */
final class UniqueKeys {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {
    }

    static <T> T retriedOnce(Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
        }
        return attempt.get();
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
