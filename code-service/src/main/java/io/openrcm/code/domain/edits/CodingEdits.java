package io.openrcm.code.domain.edits;

import io.openrcm.code.domain.EncounterContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coding edits every encounter goes through: code sets by date of service, diagnosis rules (age, sex, first
 * listed, Excludes1, pointers), the Tabular List's instructions when one is in effect, and procedure rules (NCCI PTP, MUE, add-on, E/M with a procedure). Framework-free;
 * the rules come from the data tables in {@link EditTables}.
 */
public final class CodingEdits {

    private CodingEdits() {
    }

    /** Every finding, errors first, then by diagnosis and line. */
    public static List<EditFinding> run(EncounterContent encounter, EditContext context) {
        List<EditFinding> findings = new ArrayList<>();
        List<EditFinding> fromTabular = context.tabular() == null ? List.of()
                : TabularEdits.run(encounter, context.tabular());
        Set<Integer> seventh = fromTabular.stream().filter(f -> TabularEdits.SEVENTH.equals(f.editId()))
                .map(EditFinding::diagnosisSequence).collect(Collectors.toSet());
        Set<Integer> notFirst = fromTabular.stream().filter(f -> DiagnosisEdits.FIRST_LISTED.equals(f.editId()))
                .map(EditFinding::diagnosisSequence).collect(Collectors.toSet());
        // A missing seventh character says more than "header code"; the Tabular's manifestation finding more than
        // the range table's: the finding that says more stands alone.
        CodeSetEdits.run(encounter, context).stream().filter(f -> !(CodeSetEdits.HEADER.equals(f.editId())
                && seventh.contains(f.diagnosisSequence()))).forEach(findings::add);
        DiagnosisEdits.run(encounter, context.tables()).stream().filter(f -> !(DiagnosisEdits.FIRST_LISTED.equals(
                f.editId()) && notFirst.contains(f.diagnosisSequence()))).forEach(findings::add);
        findings.addAll(fromTabular);
        findings.addAll(ProcedureEdits.run(encounter, context.tables()));
        findings.sort(Comparator.comparing(EditFinding::severity)
                .thenComparing(f -> f.diagnosisSequence() == null ? Integer.MAX_VALUE : f.diagnosisSequence())
                .thenComparing(f -> f.lineNumber() == null ? Integer.MAX_VALUE : f.lineNumber()));
        return List.copyOf(findings);
    }
}
