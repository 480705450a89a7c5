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
    private static final Schema SCHEMA = loadSchema();

    private final X12SegmentReader reader = new X12SegmentReader();

    /** Reads a whole file. */
    public Era835File read(byte[] file) {
        return read(new ByteArrayInputStream(file));
    }

    /** Reads a whole stream. */
    public Era835File read(InputStream in) {
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
