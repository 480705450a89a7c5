package io.openrcm.claim.edi;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an X12 file into segments with StAEDI's streaming reader, independently of the project's writer and schema:
 * each segment as its tag followed by its elements, components joined by ':'.
 */
final class StaediSegments {

    private StaediSegments() {
    }

    static List<List<String>> read(String x12) throws EDIStreamException {
        List<List<String>> segments = new ArrayList<>();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (InputStream in = new ByteArrayInputStream(x12.getBytes(StandardCharsets.UTF_8));
                EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            List<String> current = null;
            StringBuilder composite = null;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> current = new ArrayList<>(List.of(reader.getText()));
                    case END_SEGMENT -> segments.add(current);
                    case START_COMPOSITE -> composite = new StringBuilder();
                    case END_COMPOSITE -> {
                        current.add(composite.toString());
                        composite = null;
                    }
                    case ELEMENT_DATA -> {
                        if (composite == null) {
                            current.add(reader.getText());
                        } else {
                            composite.append(composite.isEmpty() ? "" : ":").append(reader.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return segments;
    }

    /** The segments from the first with this tag and first element value on. */
    static List<List<String>> from(List<List<String>> segments, String tag, String first) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).get(0).equals(tag) && segments.get(i).size() > 1
                    && segments.get(i).get(1).equals(first)) {
                return segments.subList(i, segments.size());
            }
        }
        return List.of();
    }
}
