package io.openrcm.reimbursement.api.x12;

import io.openrcm.x12.X12ReadException;
import io.openrcm.x12.X12SegmentReader;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads X12 835 (005010X221A1) files with the shared segment reader and the project's schema
 * ({@code x12/835-005010X221A1.xml}): whatever delimiters the ISA declares, with or without line breaks, several
 * interchanges, groups and transaction sets per file. Every transaction set becomes a remittance or a list of errors
 * with their exact place.
 */
public final class Era835Reader {

    /** The implementation guide taken. */
    public static final String VERSION = "005010X221A1";
    static final Schema SCHEMA = loadSchema();

    private final X12SegmentReader reader = new X12SegmentReader();

    /**
     * Reads a whole file: on the shared reader's fast path (its own tokenizer and the schema's compiled rule tables)
     * when the file is clean, else again with StAEDI's validator, whose findings (and their places) the 999
     * reports. Both give the same result for a clean file; {@code Era835ReaderEquivalenceTest} holds them to it.
     */
    public Era835File read(byte[] file) {
        EnvelopeState fast = new EnvelopeState(SCHEMA);
        if (reader.readValidated(file, fast)) {
            return fast.finish();
        }
        return readWithStaedi(new ByteArrayInputStream(file));
    }

    /** Reads a whole stream (held in memory: an 835 is read whole anyway). */
    public Era835File read(InputStream in) {
        try {
            return read(in.readAllBytes());
        } catch (IOException e) {
            EnvelopeState state = new EnvelopeState(SCHEMA);
            state.syntaxError(new X12ReadException(0, null, 0, "the file cannot be read: " + e.getMessage()));
            return state.finish();
        }
    }

    /** Reads with StAEDI's validator and the schema, every segment: the reference the fast path is held to. */
    Era835File readWithStaedi(InputStream in) {
        EnvelopeState state = new EnvelopeState(SCHEMA);
        try {
            reader.read(in, state);
        } catch (X12ReadException e) {
            state.syntaxError(e);
        }
        return state.finish();
    }

    private static Schema loadSchema() {
        try (InputStream in = Era835Reader.class.getResourceAsStream("/x12/835-005010X221A1.xml")) {
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException | EDISchemaException e) {
            throw new IllegalStateException("The 835 schema x12/835-005010X221A1.xml cannot be loaded", e);
        }
    }
}
