package io.openrcm.code.domain.icd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes a Tabular note names, as the book writes them in parentheses: a category or code ({@code E10.-},
 * {@code A15.0}, {@code F01.5-}) or a range ({@code P35-P39}, {@code C00-D49}), several separated by commas.
 */
public record CodeSpans(List<Span> spans) {

    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
    private static final String CODE = "[A-Z][0-9][0-9A-Z](?:\\.?[0-9A-Z]{1,4})?";
    private static final Pattern ITEM = Pattern.compile("(" + CODE + ")(?:\\s*-\\s*(" + CODE + "))?(?:\\.?-)?");

    /** Codes from {@code from} to {@code to} comparing the first length(from) characters; a prefix when equal. */
    public record Span(String from, String to) {

        /** Whether the code (without dot) falls in the span. */
        public boolean covers(String code) {
            if (from.equals(to)) {
                return code.startsWith(from);
            }
            if (code.length() < 3) {
                return false;
            }
            String head = code.substring(0, Math.min(code.length(), from.length()));
            String end = to.length() > head.length() ? to.substring(0, head.length()) : to;
            return head.compareTo(from.substring(0, head.length())) >= 0 && head.compareTo(end) <= 0;
        }

        /** As the book writes it. */
        public String display() {
            return from.equals(to) ? dotted(from) + (from.length() < 7 ? "-" : "") : dotted(from) + "-" + dotted(to);
        }
    }

    /** The spans named in a note's text; none when it names no code. */
    public static CodeSpans of(String note) {
        List<Span> spans = new ArrayList<>();
        Matcher p = PAREN.matcher(note);
        while (p.find()) {
            // "(E08-E13 with .42)", "(B27.0-B27.9 with fifth character 1)": a range narrowed in words is not read as
            // the whole range.
            if (p.group(1).contains(" with ")) {
                continue;
            }
            Matcher m = ITEM.matcher(p.group(1));
            while (m.find()) {
                String from = m.group(1).replace(".", "");
                String to = m.group(2) == null ? from : m.group(2).replace(".", "");
                spans.add(new Span(from, to));
            }
        }
        return new CodeSpans(List.copyOf(spans));
    }

    /** Whether any span covers the code. */
    public boolean covers(String code) {
        return spans.stream().anyMatch(s -> s.covers(code));
    }

    /** Whether the note names no code. */
    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** A code as coders read it, with its dot. */
    public static String dotted(String code) {
        return code.length() > 3 && code.indexOf('.') < 0 ? code.substring(0, 3) + "." + code.substring(3) : code;
    }
}
