package io.openrcm.x12;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.EDIValidationException;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads any X12 file into segments with StAEDI, which checks the envelopes against its X12 control schema (ISA/GS/ST,
 * trailers, counts, control numbers) and, once a handler names one, each transaction set against its implementation
 * schema. Whatever delimiters the ISA declares, with or without line breaks, several interchanges per file. Errors
 * that leave the file readable go to the handler with their place; a file that cannot be read on throws
 * {@link X12ReadException} with its place. Only an element's first repetition is kept.
 */
public final class X12SegmentReader {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final EDIInputFactory factory = EDIInputFactory.newFactory();

    public X12SegmentReader() {
        // Line breaks and other characters between segments are common in files saved by hand.
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
    }

    /**
     * Streams the file to the handler.
     *
     * @throws X12ReadException when the file is not readable X12
     */
    public void read(InputStream in, X12Handler handler) {
        Cursor cursor = new Cursor(handler);
        try (EDIStreamReader reader = factory.createEDIStreamReader(skipLeadingBlanks(in))) {
            while (reader.hasNext()) {
                cursor.on(reader);
            }
        } catch (EDIStreamException e) {
            throw located(e.getLocation(), null, e.getMessage());
        } catch (EDIValidationException e) {
            throw located(e.getLocation(), e.getError(), e.getMessage());
        } catch (IOException e) {
            throw new X12ReadException(0, null, 0, "the file cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a file held in memory on the fast path: a tokenizer of its own, each transaction set checked against
     * the tables compiled once from the schema the handler names (segment order, loops, repeat counts, required
     * elements, code values, lengths, numbers, dates and times), the envelopes checked by StAEDI. Returns false as
     * soon as the file holds anything StAEDI's validator could report (or anything unusual: other delimiters rules,
     * repetitions, characters outside printable ASCII): the handler has then seen part of the file and must be
     * discarded, and the file read with {@link #read(InputStream, X12Handler)}, whose findings are the reference.
     * When it returns true the handler has seen exactly what that method would have given it, with no error.
     */
    public boolean readValidated(byte[] file, X12Handler handler) {
        return FastReader.read(file, handler);
    }

    /**
     * The stream from its first character that is neither a UTF-8 byte order mark nor white space: several payers'
     * files begin so (saved by Windows tools, or concatenated with blank lines), and StAEDI wants ISA first.
     */
    private static InputStream skipLeadingBlanks(InputStream in) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(in, BOM.length);
        int b;
        do {
            b = stream.read();
            if (b == (BOM[0] & 0xFF)) {
                byte[] rest = new byte[BOM.length - 1];
                int n = stream.readNBytes(rest, 0, rest.length);
                if (n == rest.length && rest[0] == BOM[1] && rest[1] == BOM[2]) {
                    b = ' ';
                    continue;
                }
                stream.unread(rest, 0, n);
            }
        } while (b == ' ' || b == '\t' || b == '\r' || b == '\n');
        if (b >= 0) {
            stream.unread(b);
        }
        return stream;
    }

    /** StAEDI says -1 for a position it does not know; here that is 0. */
    private static X12ReadException located(Location at, EDIStreamValidationError error, String message) {
        if (at == null) {
            return new X12ReadException(0, null, 0, error, message);
        }
        return new X12ReadException(Math.max(0, at.getSegmentPosition()), at.getSegmentTag(),
                Math.max(0, at.getElementPosition()), error, message);
    }

    /**
     * Every segment of a file held in memory, and the validation errors found. A byte order mark and surrounding
     * blanks (files saved by Windows tools) are dropped first.
     *
     * @throws X12ReadException when the file is not readable X12 or does not start with an ISA
     */
    public X12Read readAll(String x12) {
        String text = x12.strip();
        text = text.startsWith("\uFEFF") ? text.substring(1).strip() : text;
        List<X12Segment> segments = new ArrayList<>();
        List<X12ReadError> errors = new ArrayList<>();
        read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new X12Handler() {
            @Override
            public void segment(X12Segment segment) {
                segments.add(segment);
            }

            @Override
            public void error(X12ReadError error) {
                errors.add(error);
            }
        });
        if (segments.isEmpty() || !"ISA".equals(segments.get(0).tag())) {
            throw new X12ReadException(1, null, 0, "the body is not an X12 interchange (no ISA segment)");
        }
        return new X12Read(List.copyOf(segments), List.copyOf(errors));
    }

    /**
     * A file read whole.
     *
     * @param segments every segment, ISA first
     * @param errors what StAEDI found wrong without stopping
     */
    public record X12Read(List<X12Segment> segments, List<X12ReadError> errors) {
    }

    /** The open segment and loops while one file streams. */
    private static final class Cursor {

        private final X12Handler handler;
        private final Deque<String> loops = new ArrayDeque<>();
        private String tag;
        private List<List<String>> elements;
        private int position;

        Cursor(X12Handler handler) {
            this.handler = handler;
        }

        void on(EDIStreamReader reader) throws EDIStreamException {
            switch (reader.next()) {
                case START_SEGMENT -> {
                    tag = reader.getText();
                    elements = new ArrayList<>();
                    position = "ST".equals(tag) ? 1 : position + 1;
                }
                case START_COMPOSITE -> slot(reader.getLocation().getElementPosition()).clear();
                case ELEMENT_DATA -> element(reader.getLocation(), reader.getText());
                case END_SEGMENT -> endSegment(reader);
                case START_LOOP -> loops.push(reader.getReferenceCode());
                case END_LOOP -> loops.pop();
                case END_TRANSACTION -> handler.endTransaction();
                case END_GROUP -> handler.endGroup();
                case SEGMENT_ERROR -> handler.error(new X12ReadError(X12ReadError.Kind.SEGMENT,
                        reader.getErrorType(), reader.getText(), tag == null ? position + 1 : position, loops.peek(),
                        0, 0, null, null));
                case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                    Location at = reader.getLocation();
                    String reference = reader.getReferenceCode();
                    handler.error(new X12ReadError(X12ReadError.Kind.ELEMENT, reader.getErrorType(), tag, position,
                            loops.peek(), at.getElementPosition(), Math.max(0, at.getComponentPosition()),
                            reference == null ? null : reference.replaceAll("[^0-9]", ""), reader.getText()));
                }
                default -> {
                    // interchange and group starts, composites' ends: nothing to keep
                }
            }
        }

        private void endSegment(EDIStreamReader reader) {
            X12Segment segment = new X12Segment(tag, position, loops.peek(), elements);
            tag = null;
            handler.segment(segment);
            if ("ST".equals(segment.tag())) {
                Schema schema = handler.transactionSchema(segment);
                if (schema != null) {
                    try {
                        reader.setTransactionSchema(schema);
                    } catch (IllegalStateException e) {
                        // StAEDI takes a schema only at a transaction start: an ST inside an open set is not one
                        throw located(reader.getLocation(), null,
                                "an ST where no transaction set can start (is the SE before it missing?)");
                    }
                }
            }
        }

        private void element(Location at, String text) {
            if (at.getElementOccurrence() > 1) {
                return;
            }
            List<String> components = slot(at.getElementPosition());
            int component = at.getComponentPosition();
            if (component <= 0) {
                components.clear();
                components.add(text);
                return;
            }
            while (components.size() < component) {
                components.add("");
            }
            components.set(component - 1, text);
        }

        private List<String> slot(int n) {
            while (elements.size() < n) {
                elements.add(new ArrayList<>(1));
            }
            return elements.get(n - 1);
        }
    }
}
