package io.openrcm.platform.eventing.consumer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.openrcm.platform.problem.JsonPointers;
import io.openrcm.platform.eventing.MalformedEventException;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Retry;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Tells a poison message from a passing failure. Poison: unreadable events, rule violations, and database errors
 * caused by the data itself (SQLSTATE classes 22 data exception and 23 integrity violation). Everything else, a
 * database or broker that is down first of all, is transient: retried, never dead-lettered, so no event is lost
 * to an outage.
 */
public final class FailureClassifier {

    private FailureClassifier() {
    }

    private static String pointerOf(JsonMappingException mapping) {
        String pointer = JsonPointers.of(mapping.getPath());
        return pointer.isEmpty() ? "the root" : pointer;
    }

    /** True when retrying the same event can never succeed. */
    public static boolean isPoison(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedEventException || t instanceof RejectedEventException
                    || t instanceof JacksonException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the failure says a resource is unreachable rather than that this event fails: a database that is
     * down or out of connections (SQLSTATE 08, 53, 57P), a refused or timed-out connection. Waited out, never parked.
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                    || sql.getSQLState().startsWith("53") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the batch outlived its transaction: the transaction manager rolled it back on its timeout, or a
     * statement was cancelled (SQLSTATE 57014). A smaller batch may fit where the whole one did not.
     */
    public static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if ((t instanceof RollbackException || t instanceof IllegalStateException)
                    && (message.contains("timeout") || message.contains("timed out"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reason kept with a parked event or answered for a failed replay: for poison the same safe sentence as a
     * dead letter (never a value from the payload), otherwise the innermost exception's class and message.
     */
    public static String describe(Throwable failure) {
        return isPoison(failure) ? reason(failure) : Retry.rootMessage(failure);
    }

    /** The sentence stored with a dead-lettered record: the most specific message in the chain. */
    public static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedEventException || t instanceof RejectedEventException) {
                return t.getMessage();
            }
            if (t instanceof JsonMappingException mapping) {
                // Jackson's own message can quote the offending value (a birth date, a name): name the place only.
                return "payload is not valid JSON for this event at " + pointerOf(mapping) + " ("
                        + mapping.getClass().getSimpleName() + ")";
            }
            if (t instanceof JacksonException json) {
                return "payload is not valid JSON" + (json.getLocation() == null ? ""
                        : " at line " + json.getLocation().getLineNr() + ", column "
                                + json.getLocation().getColumnNr());
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return "database refused the event (SQLSTATE " + sql.getSQLState() + "): " + sql.getMessage();
            }
        }
        return String.valueOf(failure.getMessage());
    }
}
