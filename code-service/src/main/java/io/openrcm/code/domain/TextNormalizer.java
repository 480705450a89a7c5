package io.openrcm.code.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a clinician's words into the words of code titles: lower case, punctuation to spaces, then synonyms and
 * abbreviations from the loaded table ("htn" to "essential primary hypertension"), longest phrases first.
 */
public final class TextNormalizer {

    private final List<Map.Entry<String, String>> synonyms;

    public TextNormalizer(Map<String, String> synonyms) {
        List<Map.Entry<String, String>> sorted = new ArrayList<>(synonyms.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        this.synonyms = List.copyOf(sorted);
    }

    /** The text in title words. */
    public String normalize(String text) {
        String padded = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/\\-]+", " ").strip() + " ";
        for (Map.Entry<String, String> s : synonyms) {
            String key = " " + s.getKey().toLowerCase(Locale.ROOT) + " ";
            if (padded.contains(key)) {
                padded = padded.replace(key, " " + s.getValue().toLowerCase(Locale.ROOT) + " ");
            }
        }
        return padded.replaceAll("[/\\-]", " ").replaceAll("\\s+", " ").strip();
    }
}
