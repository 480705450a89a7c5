package io.openrcm.code.domain.icd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Clinical abbreviations (CHF, HTN, DM2, ...) expanded into the Index's words, longest phrases first. */
public final class Abbreviations {

    private final List<Map.Entry<String, String>> entries;

    public Abbreviations(Map<String, String> table) {
        List<Map.Entry<String, String>> sorted = new ArrayList<>();
        table.forEach((k, v) -> sorted.add(Map.entry(" " + String.join(" ", IcdWords.raw(k)) + " ",
                " " + v.toLowerCase(Locale.ROOT) + " ")));
        sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        this.entries = List.copyOf(sorted);
    }

    /** The text with each abbreviation, as a whole word or phrase, replaced by its expansion. */
    public String expand(String text) {
        String padded = " " + String.join(" ", IcdWords.raw(text.replace("/", " "))) + " ";
        for (Map.Entry<String, String> e : entries) {
            if (padded.contains(e.getKey())) {
                padded = padded.replace(e.getKey(), e.getValue());
            }
        }
        return padded.strip();
    }
}
