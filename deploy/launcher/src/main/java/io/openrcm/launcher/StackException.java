package io.openrcm.launcher;

/** The stack, or one of its services, could not be started; the message says what to look at. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
