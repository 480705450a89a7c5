package io.openrcm.code.persistence.load;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a CDC ICD-10-CM index book (StAX): the Alphabetic Index, the External Cause Index, the Table of Neoplasms
 * and the Table of Drugs and Chemicals share one layout of mainTerm and nested term levels; each term has a title
 * (with nonessential modifiers in {@code <nemod>}), a code (or subcat), a manifestation code, see / seeAlso (or
 * seecat), and in the two tables cells by column.
 */
public final class IndexXmlReader {

    private static final Pattern CODE = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{0,4})?-?");

    private IndexXmlReader() {
    }

    /** Working state of the term being read. */
    private static final class Open {
        final int seq;
        final int parent;
        final int level;
        final StringBuilder title = new StringBuilder();
        final StringBuilder nemod = new StringBuilder();
        String code;
        String manif;
        String see;
        String seeAlso;
        boolean written;

        Open(int seq, int parent, int level) {
            this.seq = seq;
            this.parent = parent;
            this.level = level;
        }
    }

    /** Every term and cell; IllegalArgumentException when the root is not ICD10CM.index or no term is found. */
    public static IcdBookRows read(InputStream in) throws XMLStreamException {
        XMLStreamReader x = TabularXmlReader.XmlInput.factory().createXMLStreamReader(in);
        IcdBookRows rows = IcdBookRows.empty();
        Deque<Open> open = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        boolean rootSeen = false;
        boolean inTitle = false;
        boolean inNemod = false;
        int cellCol = 0;
        int seq = 0;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = x.getLocalName();
                switch (name) {
                    case "ICD10CM.index" -> rootSeen = true;
                    case "mainTerm", "term" -> {
                        flush(rows, open.peek());
                        String level = x.getAttributeValue(null, "level");
                        open.push(new Open(seq++, open.isEmpty() ? -1 : open.peek().seq,
                                "mainTerm".equals(name) ? 0 : Integer.parseInt(level)));
                    }
                    case "title" -> inTitle = !open.isEmpty();
                    case "nemod" -> inNemod = inTitle;
                    case "cell" -> cellCol = Integer.parseInt(x.getAttributeValue(null, "col"));
                    default -> { }
                }
                if (!inTitle) {
                    text.setLength(0);
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inNemod) {
                    open.peek().nemod.append(x.getText());
                } else if (inTitle) {
                    open.peek().title.append(x.getText());
                } else {
                    text.append(x.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = x.getLocalName();
                String value = clean(text.toString());
                Open t = open.peek();
                switch (name) {
                    case "mainTerm", "term" -> flush(rows, open.pop());
                    case "title" -> inTitle = false;
                    case "nemod" -> inNemod = false;
                    case "code", "subcat" -> {
                        if (t != null && t.code == null && CODE.matcher(value).matches()) {
                            t.code = value;
                        }
                    }
                    case "manif" -> {
                        if (t != null && CODE.matcher(value).matches()) {
                            t.manif = value;
                        }
                    }
                    case "see", "seecat" -> {
                        if (t != null) {
                            t.see = t.see == null ? value : t.see;
                        }
                    }
                    case "seeAlso" -> {
                        if (t != null) {
                            t.seeAlso = value;
                        }
                    }
                    case "cell" -> {
                        // "-" marks an empty cell; the FY2023 Neoplasm table also holds one cell of stray words.
                        if (t != null && CODE.matcher(value).matches()) {
                            flush(rows, t);
                            rows.cells().add(new IcdBookRows.Cell(t.seq, cellCol, value));
                        }
                    }
                    default -> { }
                }
                text.setLength(0);
            }
        }
        if (!rootSeen || rows.terms().isEmpty()) {
            throw new IllegalArgumentException("The file is not an ICD-10-CM index book (root ICD10CM.index with "
                    + "mainTerm entries)");
        }
        return rows;
    }

    // A term row is written once, before its first cell or sub-term, so cells and children can name it.
    private static void flush(IcdBookRows rows, Open t) {
        if (t == null || t.written) {
            return;
        }
        t.written = true;
        String nemod = clean(t.nemod.toString());
        rows.terms().add(new IcdBookRows.Term(t.seq, t.parent, t.level, clean(t.title.toString()),
                nemod.isEmpty() ? null : nemod, t.code, t.manif, t.see, t.seeAlso));
    }

    private static String clean(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
