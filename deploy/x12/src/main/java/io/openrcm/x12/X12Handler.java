package io.openrcm.x12;

import io.xlate.edi.schema.Schema;

/** What {@link X12SegmentReader} tells while it streams a file: each whole segment, the ends of sets, errors. */
public interface X12Handler {

    /** A whole segment, in file order (envelope segments included). */
    void segment(X12Segment segment);

    /**
     * Called right after an ST segment: the implementation schema to validate that transaction set with, or null to
     * leave the schema as it is.
     */
    default Schema transactionSchema(X12Segment st) {
        return null;
    }

    /** The SE of a transaction set was read. */
    default void endTransaction() {
    }

    /** The GE of a functional group was read. */
    default void endGroup() {
    }

    /** A validation error that does not stop reading. */
    default void error(X12ReadError error) {
    }
}
