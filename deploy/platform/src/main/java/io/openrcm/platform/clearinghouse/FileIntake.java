package io.openrcm.platform.clearinghouse;

/**
 * A service's intake of the files it takes from the clearinghouse's outbound folder: which names are its own, and
 * taking one through the same use case as its REST endpoint, committed before this returns.
 */
public interface FileIntake {

    /** Whether the file is this service's to take (claim-service: 999 and 277; reimbursement-service: 835). */
    boolean wants(String name);

    /**
     * Takes the file and commits what it holds.
     *
     * @param file the remote file's name, content and hash, and the connection it came from
     * @return taken, or unreadable with the reason and the 999 that rejects it
     * @throws RuntimeException when it could not be taken now (the database away): the file stays and is tried again
     */
    Outcome take(InboundFile file);

    /** What became of a file. */
    sealed interface Outcome {
    }

    /** Its content is committed; {@code summary} says what it changed (no patient data). */
    record Taken(String summary) implements Outcome {
    }

    /** It could not be read; {@code ack999} (may be null) rejects it and goes back to the clearinghouse. */
    record Unreadable(String reason, byte[] ack999) implements Outcome {
    }
}
