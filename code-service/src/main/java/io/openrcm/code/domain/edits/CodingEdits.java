package io.openrcm.code.domain.edits;

import io.openrcm.code.domain.EncounterContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The coding edits every encounter goes through: code sets by date of service, diagnosis rules (age, sex, first
 * listed, Excludes1, pointers) and procedure rules (NCCI PTP, MUE, add-on, E/M with a procedure). Framework-free;
 * the rules come from the data tables in {@link EditTables}.
 */
public final class CodingEdits {

    private CodingEdits() {
    }

    /** Every finding, errors first, then by diagnosis and line. */
    public static List<EditFinding> run(EncounterContent encounter, EditContext context) {
        List<EditFinding> findings = new ArrayList<>(CodeSetEdits.run(encounter, context));
        findings.addAll(DiagnosisEdits.run(encounter, context.tables()));
        findings.addAll(ProcedureEdits.run(encounter, context.tables()));
        findings.sort(Comparator.comparing(EditFinding::severity)
                .thenComparing(f -> f.diagnosisSequence() == null ? Integer.MAX_VALUE : f.diagnosisSequence())
                .thenComparing(f -> f.lineNumber() == null ? Integer.MAX_VALUE : f.lineNumber()));
        return List.copyOf(findings);
    }
}
