package io.openrcm.claim.edi;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads any X12 interchange into its segments with StAEDI, which checks the envelope against its X12 control schema
 * (ISA/GS/ST and their trailers, counts and control numbers). A file StAEDI cannot read is refused with its
 * segment position, segment tag and element position; envelope irregularities that do not stop reading (a control
 * number that does not match its trailer, an odd time) are kept as warnings: an acknowledgment is still worth
 * reading when its sender's envelope is sloppy.
 */
public final class X12SegmentReader {

    private X12SegmentReader() {
    }

    /**
     * The segments of the interchange, ISA first.
     *
     * @throws X12ReadException when the file is not a well-formed X12 interchange
     */
    public static Parsed read(String x12) {
        List<X12Segment> segments = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(withoutByteOrderMark(x12).getBytes(StandardCharsets.UTF_8)))) {
            String tag = null;
            List<List<String>> elements = null;
            boolean inComposite = false;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        elements = new ArrayList<>();
                    }
                    case START_COMPOSITE -> {
                        inComposite = true;
                        pad(elements, reader.getLocation().getElementPosition() - 1);
                        elements.add(new ArrayList<>());
                    }
                    case END_COMPOSITE -> inComposite = false;
                    case ELEMENT_DATA -> {
                        if (inComposite) {
                            elements.get(elements.size() - 1).add(reader.getText());
                        } else {
                            pad(elements, reader.getLocation().getElementPosition() - 1);
                            elements.add(new ArrayList<>(List.of(reader.getText())));
                        }
                    }
                    case END_SEGMENT -> segments.add(new X12Segment(tag, reader.getLocation().getSegmentPosition(),
                            elements));
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> warnings.add("segment "
                            + reader.getLocation().getSegmentPosition() + " " + reader.getLocation().getSegmentTag()
                            + ", element " + reader.getLocation().getElementPosition() + ": "
                            + reader.getErrorType());
                    default -> {
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new X12ReadException(0, null, 0, "the file cannot be read: " + e.getMessage());
        } catch (EDIStreamException e) {
            int position = e.getLocation() == null ? 0 : e.getLocation().getSegmentPosition();
            String segTag = e.getLocation() == null ? null : e.getLocation().getSegmentTag();
            int element = e.getLocation() == null ? 0 : e.getLocation().getElementPosition();
            throw new X12ReadException(position, segTag, element, e.getMessage());
        }
        if (segments.isEmpty() || !"ISA".equals(segments.get(0).tag())) {
            throw new X12ReadException(1, null, 0, "the body is not an X12 interchange (no ISA segment)");
        }
        return new Parsed(segments, warnings);
    }

    /**
     * A read interchange.
     *
     * @param segments every segment, ISA first
     * @param warnings envelope irregularities StAEDI reported
     */
    public record Parsed(List<X12Segment> segments, List<String> warnings) {
    }

    /** Files saved by Windows tools often start with a byte order mark, which is no part of the interchange. */
    private static String withoutByteOrderMark(String x12) {
        String s = x12.strip();
        return s.startsWith("\uFEFF") ? s.substring(1).strip() : s;
    }

    private static void pad(List<List<String>> elements, int size) {
        while (elements.size() < size) {
            elements.add(new ArrayList<>(List.of("")));
        }
    }
}
