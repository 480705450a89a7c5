package io.openrcm.reimbursement.api.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads X12 835 (005010X221A1) files with StAEDI and the project's schema ({@code x12/835-005010X221A1.xml}):
 * whatever delimiters the ISA declares, with or without line breaks, several interchanges, groups and transaction
 * sets per file. Every transaction set becomes a remittance or a list of errors with their exact place.
 */
public final class Era835Reader {

    /** The implementation guide taken. */
    public static final String VERSION = "005010X221A1";
    private static final Schema SCHEMA = loadSchema();

    private final EDIInputFactory factory = EDIInputFactory.newFactory();

    public Era835Reader() {
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
    }

    /** Reads a whole file. */
    public Era835File read(byte[] file) {
        return read(new ByteArrayInputStream(file));
    }

    /** Reads a whole stream. */
    public Era835File read(InputStream in) {
        EnvelopeState state = new EnvelopeState();
        try (EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> state.startSegment(reader.getText());
                    case START_COMPOSITE -> state.startComposite(reader.getLocation());
                    case ELEMENT_DATA -> state.element(reader.getLocation(), reader.getText());
                    case END_SEGMENT -> endSegment(reader, state);
                    case START_LOOP -> state.loops.push(reader.getReferenceCode());
                    case END_LOOP -> state.loops.pop();
                    case END_TRANSACTION -> state.endTransaction();
                    case END_GROUP -> state.endGroup();
                    case SEGMENT_ERROR -> state.segmentError(reader.getErrorType(), reader.getText(),
                            reader.getLocation());
                    case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> state.elementError(reader.getErrorType(),
                            reader.getLocation(), reader.getReferenceCode(), reader.getText());
                    default -> {
                        // interchange boundaries, composites' ends: nothing to keep
                    }
                }
            }
        } catch (EDIStreamException e) {
            state.syntaxError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state.finish();
    }

    private static void endSegment(EDIStreamReader reader, EnvelopeState state) {
        X12Segment segment = state.endSegment();
        if ("ST".equals(segment.tag()) && state.transactionSupported()) {
            reader.setTransactionSchema(SCHEMA);
        }
    }

    private static Schema loadSchema() {
        try (InputStream in = Era835Reader.class.getResourceAsStream("/x12/835-005010X221A1.xml")) {
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException | EDISchemaException e) {
            throw new IllegalStateException("The 835 schema x12/835-005010X221A1.xml cannot be loaded", e);
        }
    }

    /** Describes a validation error type for a sender. */
    static String describe(EDIStreamValidationError e) {
        return X12ErrorCodes.describe(e);
    }

    static List<String> none() {
        return new ArrayList<>();
    }

    static int position(Location location) {
        return location == null ? 0 : location.getSegmentPosition();
    }
}
