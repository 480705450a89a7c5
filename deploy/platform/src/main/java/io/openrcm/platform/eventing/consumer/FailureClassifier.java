package io.openrcm.platform.eventing.consumer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.openrcm.platform.problem.JsonPointers;
import io.openrcm.platform.eventing.MalformedEventException;
import io.openrcm.platform.eventing.RejectedEventException;
import java.sql.SQLException;

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
