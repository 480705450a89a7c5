package io.openrcm.platform.eventing;

/** An incoming record that is not a readable event: it goes to the dead-letter topic, never retried. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
