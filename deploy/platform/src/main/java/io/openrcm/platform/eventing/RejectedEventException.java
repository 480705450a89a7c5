package io.openrcm.platform.eventing;

/**
 * Thrown by a handler for an event that is well formed but breaks a rule (an unknown payer, an illegal state
 * change): retrying cannot help, so it is dead-lettered with this message as the reason.
 */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String message) {
        super(message);
    }

    public RejectedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
