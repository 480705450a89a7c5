package io.openrcm.bench;

/**
 * What code-service answered for one generated encounter.
 *
 * @param generated the encounter sent
 * @param httpStatus 201, 200, 400, 409, 422, or 0 when the request failed
 * @param encounterId the id assigned, when accepted
 * @param encounterStatus the encounter's status as answered (CODED, or held for a coder)
 * @param acceptedAtMillis when the answer arrived
 * @param responseMillis how long the request took
 * @param failure why no answer came (status 0): the client's exception, e.g. a connect timeout; empty otherwise
 * @param lagMillis how long after its due time the request left (paced runs: the client waits for a free slot when
 *        the host falls behind); 0 when not paced
 */
record PostedEncounter(GeneratedEncounter generated, int httpStatus, String encounterId, String encounterStatus,
        long acceptedAtMillis, long responseMillis, String failure, long lagMillis) {

    PostedEncounter(GeneratedEncounter generated, int httpStatus, String encounterId, String encounterStatus,
            long acceptedAtMillis, long responseMillis) {
        this(generated, httpStatus, encounterId, encounterStatus, acceptedAtMillis, responseMillis, "", 0);
    }

    /** The same answer for a request that left {@code lag} ms after it was due. */
    PostedEncounter late(long lag) {
        return new PostedEncounter(generated, httpStatus, encounterId, encounterStatus, acceptedAtMillis,
                responseMillis, failure, Math.max(0, lag));
    }

    /**
     * When the request was due: when it was sent, or in a paced run when the schedule meant to send it (so time the
     * client spent waiting because the host fell behind counts, as it would for an EHR sending at that rate).
     */
    long dueAtMillis() {
        return acceptedAtMillis - responseMillis - lagMillis;
    }

    /** A request that got no answer at all. */
    static PostedEncounter unanswered(GeneratedEncounter generated, Throwable error, long responseMillis) {
        Throwable cause = error;
        while (cause.getCause() != null && cause != cause.getCause()) {
            cause = cause.getCause();
        }
        return new PostedEncounter(generated, 0, null, "", System.currentTimeMillis(), responseMillis,
                cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), 0);
    }

    boolean accepted() {
        return httpStatus == 201 || httpStatus == 200;
    }

    /** Accepted and coded, so a claim must follow (not held for a coder's review). */
    boolean expectsClaim() {
        return accepted() && !encounterStatus.contains("REVIEW");
    }
}
