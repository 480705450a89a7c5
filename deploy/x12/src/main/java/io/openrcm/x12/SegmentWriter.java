package io.openrcm.x12;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Writes whole segments through StAEDI: an element is a String, a composite a String[]; null or empty elements
 * are left empty and trailing empty ones dropped. Counts the segments of the current transaction set (for SE01).
 */
public final class SegmentWriter {

    private static final String LINE = System.lineSeparator();

    private final EDIStreamWriter writer;
    private final StringBuilder text;
    private int count;

    public SegmentWriter(EDIStreamWriter writer) {
        this.writer = writer;
        this.text = null;
    }

    /**
     * Writes the text itself into {@code out}, as StAEDI's writer from {@link #factory()} writes it without a schema
     * (same delimiters, one segment per line) but without its per-character path: for output checked afterwards
     * (the 837P writer holds both to the same bytes in its tests).
     */
    public SegmentWriter(StringBuilder out) {
        this.writer = null;
        this.text = out;
    }

    /**
     * A factory writing the common delimiters ({@code * : ^ ~}, the ones ISA11 and ISA16 declare in
     * {@link Envelopes}), one segment per line.
     */
    public static EDIOutputFactory factory() {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, '~');
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, ':');
        factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, '^');
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        return factory;
    }

    /** The StAEDI writer underneath (for schemas and the interchange's start and end); null when writing text. */
    public EDIStreamWriter writer() {
        return writer;
    }

    /**
     * Writes one segment.
     *
     * @throws IllegalArgumentException when a value holds one of {@link #DELIMITERS} (named with its segment and
     *     element, never the value): X12 cannot escape it, and stripping it would change an identifier
     */
    public void write(String tag, Object... elements) throws EDIStreamException {
        int last = elements.length - 1;
        while (last >= 0 && isEmpty(elements[last])) {
            last--;
        }
        for (int i = 0; i <= last && !"ISA".equals(tag); i++) { // ISA11 and ISA16 declare two of them
            Object e = elements[i];
            for (String value : e instanceof String[] components ? components : new String[] {(String) e}) {
                Character delimiter = delimiterIn(value);
                if (delimiter != null) {
                    throw new IllegalArgumentException(String.format("%s%02d holds the X12 delimiter '%c'", tag,
                            i + 1, delimiter));
                }
            }
        }
        if (text != null) {
            append(tag, elements, last);
            count++;
            return;
        }
        writer.writeStartSegment(tag);
        for (int i = 0; i <= last; i++) {
            Object e = elements[i];
            if (e instanceof String[] components) {
                int lastComponent = components.length - 1;
                while (lastComponent >= 0 && isEmpty(components[lastComponent])) {
                    lastComponent--;
                }
                writer.writeStartElement();
                for (int c = 0; c <= lastComponent; c++) {
                    if (isEmpty(components[c])) {
                        writer.writeEmptyComponent();
                    } else {
                        writer.writeComponent(components[c]);
                    }
                }
                writer.endElement();
            } else if (isEmpty(e)) {
                writer.writeEmptyElement();
            } else {
                writer.writeElement((String) e);
            }
        }
        writer.writeEndSegment();
        count++;
    }

    private void append(String tag, Object[] elements, int last) {
        text.append(tag);
        for (int i = 0; i <= last; i++) {
            text.append('*');
            Object e = elements[i];
            if (e instanceof String[] components) {
                int lastComponent = components.length - 1;
                while (lastComponent >= 0 && isEmpty(components[lastComponent])) {
                    lastComponent--;
                }
                for (int c = 0; c <= lastComponent; c++) {
                    if (c > 0) {
                        text.append(':');
                    }
                    if (!isEmpty(components[c])) {
                        text.append(components[c]);
                    }
                }
            } else if (!isEmpty(e)) {
                text.append((String) e);
            }
        }
        text.append('~').append(LINE);
    }

    /** Starts counting a new transaction set (ST itself counts). */
    public void resetCount() {
        count = 0;
    }

    /** Segments written since the last {@link #resetCount()}. */
    public int count() {
        return count;
    }

    /** The delimiters the project writes (segment, element, component, repetition): never inside a value. */
    public static final String DELIMITERS = "~*:^";

    /** The first X12 delimiter ({@link #DELIMITERS}) in the value, or null when it holds none. */
    public static Character delimiterIn(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (DELIMITERS.indexOf(value.charAt(i)) >= 0) {
                return value.charAt(i);
            }
        }
        return null;
    }

    /**
     * Free text made plain for X12: accents removed, upper case, control characters replaced by spaces, cut to the
     * element's maximum length. A delimiter is left in place for {@link #write} to refuse, never stripped:
     * stripping would change an identifier (a member id {@code XGH1*~} would go out as {@code XGH1}) unseen.
     */
    public static String text(String value, int max) {
        if (value == null) {
            return null;
        }
        String plain = isPlainAscii(value) ? value.trim().toUpperCase(Locale.ROOT)
                : Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("\\p{Cntrl}", " ").replaceAll("[^\\x20-\\x7E]", " ").trim()
                .toUpperCase(Locale.ROOT);
        return plain.length() > max ? plain.substring(0, max).trim() : plain;
    }

    /** Printable ASCII only: nothing for the normalizer and the three replacements to change (the usual case). */
    private static boolean isPlainAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(Object e) {
        if (e == null) {
            return true;
        }
        if (e instanceof String s) {
            return s.isEmpty();
        }
        for (String c : (String[]) e) {
            if (c != null && !c.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
