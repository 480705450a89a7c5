package io.openrcm.code.persistence.load;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the CDC ICD-10-CM Tabular List XML (StAX): chapters, sections and the diag hierarchy with their notes
 * (includes, inclusionTerm, excludes1, excludes2, codeFirst, useAdditionalCode, codeAlso, sevenChrNote, notes) and
 * seventh-character definitions. The introduction is skipped.
 */
public final class TabularXmlReader {

    static final Set<String> NOTE_TYPES = Set.of("includes", "inclusionTerm", "excludes1", "excludes2", "codeFirst",
            "useAdditionalCode", "codeAlso", "sevenChrNote", "notes");
    private static final Pattern RANGE = Pattern.compile("\\(([A-Z][0-9][0-9A-Z])-([A-Z][0-9][0-9A-Z])\\)\\s*$");

    private TabularXmlReader() {
    }

    /** Every node and note of the file; IllegalArgumentException when it is no Tabular List. */
    public static IcdBookRows read(InputStream in) throws XMLStreamException {
        XMLStreamReader x = XmlInput.factory().createXMLStreamReader(in);
        IcdBookRows rows = IcdBookRows.empty();
        Deque<Integer> open = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        String noteType = null;
        String sevenChar = null;
        boolean rootSeen = false;
        // The node being described: its fields arrive as children before its notes and sub-diags.
        String kind = null;
        String code = null;
        String sectionId = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = x.getLocalName();
                text.setLength(0);
                switch (name) {
                    case "ICD10CM.tabular" -> rootSeen = true;
                    case "chapter", "section", "diag" -> {
                        kind = name;
                        code = null;
                        sectionId = "section".equals(name) ? x.getAttributeValue(null, "id") : null;
                        open.push(-1);
                    }
                    case "sevenChrDef" -> noteType = name;
                    case "extension" -> sevenChar = x.getAttributeValue(null, "char");
                    default -> {
                        if (NOTE_TYPES.contains(name) && !open.isEmpty()) {
                            noteType = name;
                        }
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(x.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = x.getLocalName();
                String value = text.toString().strip().replaceAll("\\s+", " ");
                switch (name) {
                    case "chapter", "section", "diag" -> open.pop();
                    case "name" -> code = value;
                    case "desc" -> {
                        if (kind != null && !open.isEmpty() && open.peek() == -1) {
                            int seq = addNode(rows, open, kind, code, sectionId, value);
                            open.pop();
                            open.push(seq);
                        }
                    }
                    case "note" -> {
                        if (noteType != null && !open.isEmpty() && open.peek() >= 0) {
                            rows.notes().add(new IcdBookRows.Note(open.peek(), noteType, rows.notes().size(), value));
                        }
                    }
                    case "extension" -> {
                        if (!open.isEmpty() && open.peek() >= 0 && sevenChar != null) {
                            rows.notes().add(new IcdBookRows.Note(open.peek(), "sevenChrDef", rows.notes().size(),
                                    sevenChar + "=" + value));
                        }
                    }
                    default -> {
                        if (NOTE_TYPES.contains(name) || "sevenChrDef".equals(name)) {
                            noteType = null;
                        }
                    }
                }
                text.setLength(0);
            }
        }
        if (!rootSeen || rows.nodes().isEmpty()) {
            throw new IllegalArgumentException("The file is not an ICD-10-CM Tabular List (root ICD10CM.tabular)");
        }
        return rows;
    }

    private static int addNode(IcdBookRows rows, Deque<Integer> open, String kind, String code, String sectionId,
            String title) {
        int parent = parent(open);
        int seq = rows.nodes().size();
        String from = null;
        String to = null;
        String nodeCode = code;
        char k = 'D';
        if ("chapter".equals(kind)) {
            k = 'C';
            nodeCode = "CH" + code;
            Matcher m = RANGE.matcher(title);
            if (m.find()) {
                from = m.group(1);
                to = m.group(2);
            }
        } else if ("section".equals(kind)) {
            k = 'S';
            nodeCode = sectionId;
            String[] ends = sectionId == null ? new String[0] : sectionId.split("-");
            from = ends.length > 0 ? ends[0] : null;
            to = ends.length > 1 ? ends[1] : from;
        }
        if (nodeCode == null) {
            throw new IllegalArgumentException("A Tabular " + kind + " has no name before its desc (node " + seq
                    + ")");
        }
        rows.nodes().add(new IcdBookRows.Node(seq, parent, k, nodeCode, from, to, title));
        return seq;
    }

    private static int parent(Deque<Integer> open) {
        // The node just opened sits on top as -1; its parent is the next one down.
        var it = open.iterator();
        it.next();
        return it.hasNext() ? it.next() : -1;
    }

    /** Shared StAX settings: no DTDs, no external entities. */
    static final class XmlInput {
        private XmlInput() {
        }

        static XMLInputFactory factory() {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            f.setProperty(XMLInputFactory.IS_COALESCING, true);
            return f;
        }
    }
}
