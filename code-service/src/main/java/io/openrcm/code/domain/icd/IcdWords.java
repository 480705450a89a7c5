package io.openrcm.code.domain.icd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words as the Index and the text are compared: lower case, letters and digits, a light stem (plural and common
 * adjective endings), and connector words that never decide a match left out.
 */
public final class IcdWords {

    /** Words the Index uses to connect terms; they never decide a match on their own. */
    static final Set<String> CONNECTORS = Set.of("a", "an", "and", "or", "of", "the", "in", "to", "due", "by", "for",
            "from", "on", "at", "as", "nec", "nos", "is", "are", "was", "with", "without", "w", "other", "pt",
            "patient", "has", "having", "complaint", "presents", "presenting", "dx", "diagnosis", "s");
    /** Words that choose among the codes an Index entry leads to rather than the entry itself. */
    static final Set<String> QUALIFIERS = Set.of("left", "right", "bilateral", "initial", "subsequent", "sequela",
            "encounter", "unspecified", "visit", "care");

    private static final Map<String, String> SAME = Map.of("cancer", "neoplasm", "carcinoma", "neoplasm",
            "malignancy", "neoplasm", "tumor", "neoplasm");

    private IcdWords() {
    }

    /** The stemmed words of the text, connectors left out, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : raw(text)) {
            if (!CONNECTORS.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** Lower-case words of letters and digits, in order, nothing left out. */
    public static List<String> raw(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace("'s", "").split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A light stem, the same on both sides: pains/pain, fractures/fracture, infected/infect. */
    public static String stem(String w) {
        if (w.length() <= 4 || Character.isDigit(w.charAt(w.length() - 1)) || QUALIFIERS.contains(w)) {
            return w;
        }
        if (w.endsWith("ed") && w.length() > 5) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        if (w.endsWith("s")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The word the Index uses for a clinician's word where they differ (cancer: neoplasm), else the word. */
    static String indexWord(String w) {
        return SAME.getOrDefault(w, w);
    }

    /** Whether a word only narrows the code (laterality, encounter) rather than naming the condition. */
    static boolean qualifier(String w) {
        return QUALIFIERS.contains(w);
    }
}
