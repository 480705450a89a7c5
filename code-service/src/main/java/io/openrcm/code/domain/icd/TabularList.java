package io.openrcm.code.domain.icd;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ICD-10-CM Tabular List of one version in memory: the chapter, section and diag hierarchy, the notes written
 * at each level, and the seventh characters. Answers what the edits and the suggestions ask: the notes that apply to
 * a code (its own and those inherited from the levels above), whether a code is billable as written (a leaf, with
 * its seventh character where one is required, placeholder X filling up to six characters), its title.
 */
public final class TabularList {

    /** One chapter (C), section (S) or diag (D) with the notes written at it, by note type. */
    public record Node(int seq, int parentSeq, char kind, String code, String rangeFrom, String rangeTo,
            String title, Map<String, List<String>> notes) {

        /** The notes of one type written here (excludes1, codeFirst, sevenChrDef "A=initial encounter", ...). */
        public List<String> notes(String type) {
            return notes.getOrDefault(type, List.of());
        }
    }

    /** A row as stored: a note of a node. */
    public record NoteRow(int nodeSeq, String type, String text) {
    }

    private final Node[] nodes;
    private final Map<String, Node> byCode = new HashMap<>();
    private final Map<Integer, List<Node>> children = new HashMap<>();

    /** Builds the hierarchy from the stored nodes (in file order) and notes (in order). */
    public TabularList(List<Node> stored, List<NoteRow> notes) {
        Map<Integer, Map<String, List<String>>> bySeq = new HashMap<>();
        for (NoteRow n : notes) {
            bySeq.computeIfAbsent(n.nodeSeq(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(n.type(), k -> new ArrayList<>()).add(n.text());
        }
        nodes = new Node[stored.stream().mapToInt(Node::seq).max().orElse(-1) + 1];
        for (Node s : stored) {
            Node n = new Node(s.seq(), s.parentSeq(), s.kind(), s.kind() == 'D' ? s.code().replace(".", "")
                    : s.code(), s.rangeFrom(), s.rangeTo(), s.title(), bySeq.getOrDefault(s.seq(), Map.of()));
            nodes[n.seq()] = n;
            if (n.kind() == 'D') {
                byCode.put(n.code(), n);
            }
            children.computeIfAbsent(n.parentSeq(), k -> new ArrayList<>()).add(n);
        }
    }

    /** The number of diag entries. */
    public int size() {
        return byCode.size();
    }

    /** Every diag entry, in no particular order. */
    public Collection<Node> allDiags() {
        return byCode.values();
    }

    /** The diag entry of exactly this code (without dot). */
    public Node node(String code) {
        return byCode.get(code);
    }

    /** The deepest diag entry the code falls under: itself, or the code with characters cut from its end. */
    public Node nearest(String code) {
        for (int len = code.length(); len >= 3; len--) {
            Node n = byCode.get(code.substring(0, len));
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** The code's entry and every level above it up to its chapter, nearest first; empty when unknown. */
    public List<Node> chain(String code) {
        List<Node> chain = new ArrayList<>();
        for (Node n = nearest(code); n != null; n = n.parentSeq() < 0 ? null : nodes[n.parentSeq()]) {
            chain.add(n);
        }
        return chain;
    }

    /** The diag entries directly under a node. */
    public List<Node> children(Node n) {
        return children.getOrDefault(n.seq(), List.of()).stream().filter(c -> c.kind() == 'D').toList();
    }

    /** The seventh characters the code requires (char to meaning, in book order); empty when it needs none. */
    public Map<Character, String> seventhCharacters(String code) {
        for (Node n : chain(code)) {
            List<String> def = n.notes("sevenChrDef");
            if (!def.isEmpty()) {
                Map<Character, String> chars = new LinkedHashMap<>();
                def.forEach(d -> chars.put(d.charAt(0), d.substring(2)));
                return chars;
            }
        }
        return Map.of();
    }

    /** Whether the code (without dot) is a complete, billable code of this Tabular. */
    public boolean billable(String code) {
        Map<Character, String> seventh = seventhCharacters(code);
        if (seventh.isEmpty()) {
            Node n = byCode.get(code);
            return n != null && children(n).isEmpty();
        }
        if (code.length() != 7 || !seventh.containsKey(code.charAt(6))) {
            return false;
        }
        String base = code.substring(0, 6);
        String leaf = base.replaceAll("X+$", "");
        Node n = byCode.get(leaf);
        return n != null && children(n).isEmpty();
    }

    /** The code completed with a seventh character: placeholder X up to six characters, then the character. */
    public static String withSeventh(String leaf, char c) {
        StringBuilder b = new StringBuilder(leaf);
        while (b.length() < 6) {
            b.append('X');
        }
        return b.append(c).toString();
    }

    /** The billable leaf codes under a code (itself when it is one), in book order, without seventh characters. */
    public List<String> leavesUnder(String code) {
        Node n = byCode.get(code);
        List<String> out = new ArrayList<>();
        if (n != null) {
            collect(n, out);
        }
        return out;
    }

    private void collect(Node n, List<String> out) {
        List<Node> kids = children(n);
        if (kids.isEmpty()) {
            out.add(n.code());
        }
        kids.forEach(k -> collect(k, out));
    }

    /** The code's title: its entry's description, with the seventh character's meaning when it has one. */
    public String title(String code) {
        Map<Character, String> seventh = seventhCharacters(code);
        if (!seventh.isEmpty() && code.length() == 7) {
            Node leaf = byCode.get(code.substring(0, 6).replaceAll("X+$", ""));
            return (leaf == null ? "" : leaf.title()) + ", " + seventh.getOrDefault(code.charAt(6), "?");
        }
        Node n = byCode.get(code);
        return n == null ? null : n.title();
    }

    /** Whether the code is a manifestation code: its entry or a level above is "in diseases classified elsewhere". */
    public boolean manifestation(String code) {
        return chain(code).stream().anyMatch(n -> n.kind() == 'D'
                && n.title().toLowerCase().contains("classified elsewhere") && hasCodeFirstAtOrAbove(n));
    }

    private boolean hasCodeFirstAtOrAbove(Node n) {
        return chain(n.code()).stream().anyMatch(x -> !x.notes("codeFirst").isEmpty());
    }
}
