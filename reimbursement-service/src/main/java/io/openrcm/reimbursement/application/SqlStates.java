package io.openrcm.reimbursement.application;

import java.sql.SQLException;

/** Reads the SQLSTATE out of whatever the persistence layers wrapped a database error in. */
final class SqlStates {

    static final String UNIQUE_VIOLATION = "23505";
    static final String SERIALIZATION_FAILURE = "40001";
    static final String DEADLOCK_DETECTED = "40P01";

    private SqlStates() {
    }

    /** The SQLSTATE of the first SQLException in the cause chain, or null. */
    static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static boolean isUniqueViolation(Throwable failure) {
        return UNIQUE_VIOLATION.equals(of(failure));
    }

    /** A conflict PostgreSQL resolved by aborting this transaction; running it again is the cure. */
    static boolean isRetryable(Throwable failure) {
        String state = of(failure);
        return SERIALIZATION_FAILURE.equals(state) || DEADLOCK_DETECTED.equals(state);
    }
}
