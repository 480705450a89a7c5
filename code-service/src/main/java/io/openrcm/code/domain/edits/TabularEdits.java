package io.openrcm.code.domain.edits;

import io.openrcm.code.domain.Diagnosis;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.icd.CodeSpans;
import io.openrcm.code.domain.icd.TabularList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Edits read from the Tabular List in effect on the date of service: seventh characters, Excludes1 (both directions,
 * a note applying from the level where it is written to every code below), Excludes2 for information, manifestation
 * codes that may not be listed first, "code first" sequencing, "use additional code" and "code also".
 */
final class TabularEdits {

    static final String SEVENTH = "DX-SEVENTH-CHARACTER";
    static final String EXCLUDES2 = "DX-EXCLUDES2";
    static final String CODE_FIRST = "DX-CODE-FIRST";
    static final String USE_ADDITIONAL = "DX-USE-ADDITIONAL-CODE";
    static final String CODE_ALSO = "DX-CODE-ALSO";

    private TabularEdits() {
    }

    static List<EditFinding> run(EncounterContent encounter, TabularList tabular) {
        List<Diagnosis> coded = encounter.diagnoses().stream().filter(Diagnosis::coded).toList();
        List<EditFinding> findings = new ArrayList<>();
        for (Diagnosis d : coded) {
            seventh(d, tabular, findings);
        }
        excludes(coded, tabular, "excludes1", findings);
        excludes(coded, tabular, "excludes2", findings);
        if (!coded.isEmpty() && coded.get(0).sequence() == 1 && tabular.manifestation(coded.get(0).code())) {
            Diagnosis first = coded.get(0);
            findings.add(EditFinding.diagnosisError(DiagnosisEdits.FIRST_LISTED, first.sequence(), "Diagnosis "
                    + show(first) + " may not be listed first: it is a manifestation code (" + tabular.nearest(
                    first.code()).title() + "); code first the underlying condition" + codeFirstText(first, tabular)));
        }
        for (Diagnosis d : coded) {
            instructions(d, coded, tabular, findings);
        }
        return findings;
    }

    private static void seventh(Diagnosis d, TabularList tabular, List<EditFinding> findings) {
        Map<Character, String> chars = tabular.seventhCharacters(d.code());
        if (chars.isEmpty() || tabular.billable(d.code())) {
            return;
        }
        String allowed = chars.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        boolean wrongChar = d.code().length() == 7;
        String base = wrongChar ? d.code().substring(0, 6).replaceAll("X+$", "") : d.code();
        TabularList.Node node = tabular.node(base);
        String example = node != null && tabular.children(node).isEmpty()
                ? "; for example " + CodeSpans.dotted(TabularList.withSeventh(base, chars.keySet().iterator().next()))
                : "";
        findings.add(EditFinding.diagnosisError(SEVENTH, d.sequence(), "Diagnosis " + show(d)
                + (wrongChar ? " has a seventh character its category does not allow" : " needs a seventh character")
                + "; allowed: " + allowed + ", with placeholder X up to six characters" + example));
    }

    private static void excludes(List<Diagnosis> coded, TabularList tabular, String type,
            List<EditFinding> findings) {
        Set<String> pairs = new HashSet<>();
        for (Diagnosis a : coded) {
            for (TabularList.Node n : tabular.chain(a.code())) {
                for (String note : n.notes(type)) {
                    CodeSpans spans = CodeSpans.of(note);
                    for (Diagnosis b : coded) {
                        if (b == a || !spans.covers(b.code()) || under(b, n, tabular)) {
                            continue;
                        }
                        Diagnosis later = a.sequence() > b.sequence() ? a : b;
                        Diagnosis other = later == a ? b : a;
                        if (!pairs.add(Math.min(a.sequence(), b.sequence()) + "-" + Math.max(a.sequence(),
                                b.sequence()))) {
                            continue;
                        }
                        String at = (n.kind() == 'D' ? CodeSpans.dotted(n.code()) : n.code()) + ": " + note;
                        findings.add("excludes1".equals(type)
                                ? EditFinding.diagnosisError(DiagnosisEdits.EXCLUDES1, later.sequence(),
                                        "Diagnosis " + show(later) + " may not be reported with " + show(other)
                                                + " (Excludes1 at " + at + ")")
                                : new EditFinding(EXCLUDES2, Severity.WARNING, "For information: " + show(b)
                                        + " is not part of " + show(a) + " and may be reported with it (Excludes2 at "
                                        + at + ")", later.sequence(), null));
                    }
                }
            }
        }
    }

    // A note never excludes codes of its own level (a range note at a chapter naming part of itself).
    private static boolean under(Diagnosis b, TabularList.Node n, TabularList tabular) {
        return tabular.chain(b.code()).contains(n);
    }

    private static void instructions(Diagnosis d, List<Diagnosis> coded, TabularList tabular,
            List<EditFinding> findings) {
        // One "code first" finding per pair, however many of the notes name the code.
        Set<String> sequenced = new HashSet<>();
        for (TabularList.Node n : tabular.chain(d.code())) {
            if (n.kind() != 'D') {
                continue;
            }
            for (String note : n.notes("codeFirst")) {
                CodeSpans spans = CodeSpans.of(note);
                for (Diagnosis o : coded) {
                    if (o.sequence() > d.sequence() && spans.covers(o.code())
                            && sequenced.add(o.sequence() + ">" + d.sequence())) {
                        findings.add(new EditFinding(CODE_FIRST, tabular.manifestation(d.code()) ? Severity.ERROR
                                : Severity.WARNING, "Diagnosis " + show(o) + " is to be listed before " + show(d)
                                + " (code first at " + CodeSpans.dotted(n.code()) + ": " + note + ")", d.sequence(),
                                null));
                    }
                }
            }
            missing(d, coded, n, "useAdditionalCode", USE_ADDITIONAL, "use additional code", findings);
            missing(d, coded, n, "codeAlso", CODE_ALSO, "code also", findings);
        }
    }

    private static void missing(Diagnosis d, List<Diagnosis> coded, TabularList.Node n, String type, String editId,
            String words, List<EditFinding> findings) {
        for (String note : n.notes(type)) {
            CodeSpans spans = CodeSpans.of(note);
            if (spans.isEmpty() || coded.stream().anyMatch(o -> o != d && spans.covers(o.code()))) {
                continue;
            }
            findings.add(new EditFinding(editId, Severity.WARNING, "Diagnosis " + show(d) + ": " + words + " "
                    + note + " (note at " + CodeSpans.dotted(n.code()) + ")", d.sequence(), null));
        }
    }

    private static String codeFirstText(Diagnosis d, TabularList tabular) {
        return tabular.chain(d.code()).stream().flatMap(n -> n.notes("codeFirst").stream()).findFirst()
                .map(t -> ": " + t).orElse("");
    }

    private static String show(Diagnosis d) {
        return CodeSpans.dotted(d.code());
    }
}
