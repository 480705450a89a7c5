package io.openrcm.platform.clearinghouse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which inbound files were taken, by remote name and content hash, so that each is taken exactly once: the same name
 * with the same content seen again (left behind by a failed move, or dropped twice) is not taken again.
 */
public interface FileLedger {

    /** Started, not known to be committed yet: taken again on the next sighting (the intakes are idempotent). */
    String TAKING = "TAKING";
    /** Its content is committed; it belongs in the archive folder. */
    String DONE = "DONE";
    /** It could not be read; it belongs in the failed folder, and waits in the work queue. */
    String FAILED = "FAILED";

    /** The file's status, if it was seen before. */
    Optional<String> status(String connectionId, String name, String sha256);

    /** Records that the file is being taken (no change when it is recorded already). */
    void begin(InboundFile file, String kind, String takenBy, Instant at);

    /** Records how taking it ended: {@link #DONE} with a summary or {@link #FAILED} with the reason. */
    void finish(InboundFile file, String status, String detail, Instant at);

    /** The newest files of a status (or of all), for the admin list / work queue. */
    List<Entry> list(String status, int limit);

    /** A row as listed. */
    record Entry(String connectionId, String name, String sha256, long size, String kind, String status,
            String detail, String takenBy, Instant takenAt, Instant finishedAt) {
    }
}
