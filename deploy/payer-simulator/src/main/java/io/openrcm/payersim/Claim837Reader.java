package io.openrcm.payersim;

import io.openrcm.x12.X12ReadException;
import io.openrcm.x12.X12SegmentReader;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads an 837P file with StAEDI and claim-service's own 837P schema (005010X222A1, copied into this jar at build
 * time): the claims of each transaction set and every structural error with its place, for the 999.
 */
public final class Claim837Reader {

    /** The implementation guide the payer takes. */
    public static final String VERSION = "005010X222A1";
    private static final Schema SCHEMA = loadSchema();

    private final X12SegmentReader reader = new X12SegmentReader();

    /** The file as read; never throws for bad content (an unreadable file says why). */
    public Interchange837 read(byte[] file) {
        Claim837Handler state = new Claim837Handler(SCHEMA);
        X12ReadException unreadable = null;
        try {
            reader.read(new ByteArrayInputStream(file), state);
        } catch (X12ReadException e) {
            unreadable = e;
        }
        state.endTransaction();
        return new Interchange837(state.sender, state.receiver, state.isa13, state.usage, state.gs06, state.version,
                state.submitter, List.copyOf(state.transactions), unreadable);
    }

    private static Schema loadSchema() {
        try (InputStream in = Claim837Reader.class.getResourceAsStream("/x12/837P-005010X222A1.xml")) {
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException | EDISchemaException | NullPointerException e) {
            throw new IllegalStateException("The 837P schema x12/837P-005010X222A1.xml cannot be loaded", e);
        }
    }
}
