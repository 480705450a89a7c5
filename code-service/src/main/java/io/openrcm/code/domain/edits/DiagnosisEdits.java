package io.openrcm.code.domain.edits;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.Diagnosis;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.Sex;
import io.openrcm.code.domain.ServiceLine;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Edits on diagnoses: age and sex, first-listed, Excludes1, how many there are and how lines point at them. */
final class DiagnosisEdits {

    static final String FIRST_LISTED = "DX-NOT-FIRST-LISTED";
    static final String EXCLUDES1 = "DX-EXCLUDES1";
    static final String TOO_MANY = "DX-MAX-12";
    static final String POINTER = "DX-POINTER";
    static final int MAX_DIAGNOSES = 12;
    static final int MAX_POINTERS = 4;

    private DiagnosisEdits() {
    }

    static List<EditFinding> run(EncounterContent encounter, EditTables tables) {
        List<EditFinding> findings = new ArrayList<>();
        int age = Period.between(encounter.patient().birthDate(), encounter.dateOfService()).getYears();
        Sex sex = encounter.patient().sex();
        for (Diagnosis d : encounter.diagnoses()) {
            if (!d.coded()) {
                continue;
            }
            String shown = CodeSetEdits.display(d.codeRef());
            for (EditTables.AgeSexRule rule : tables.ageSexRules()) {
                if (!rule.covers(d.code())) {
                    continue;
                }
                if (rule.sex() != null && sex != Sex.U && !rule.sex().equals(sex.name())) {
                    findings.add(new EditFinding(rule.id(), rule.severity(), "Diagnosis " + shown + " ("
                            + rule.label() + ") is for " + ("F".equals(rule.sex()) ? "female" : "male")
                            + " patients, but the patient is " + (sex == Sex.F ? "female" : "male"), d.sequence(),
                            null));
                }
                boolean tooYoung = rule.minAge() != null && age < rule.minAge();
                boolean tooOld = rule.maxAge() != null && age > rule.maxAge();
                if (tooYoung || tooOld) {
                    findings.add(new EditFinding(rule.id(), rule.severity(), "Diagnosis " + shown + " ("
                            + rule.label() + ") is for patients aged " + ages(rule) + ", but the patient is " + age
                            + " on the date of service", d.sequence(), null));
                }
            }
        }
        firstListed(encounter, tables, findings);
        excludes1(encounter, tables, findings);
        pointers(encounter, findings);
        return findings;
    }

    private static String ages(EditTables.AgeSexRule rule) {
        if (rule.minAge() != null && rule.maxAge() != null) {
            return rule.minAge().equals(rule.maxAge()) ? String.valueOf(rule.minAge())
                    : rule.minAge() + " to " + rule.maxAge();
        }
        return rule.minAge() != null ? rule.minAge() + " and over" : "up to " + rule.maxAge();
    }

    private static void firstListed(EncounterContent encounter, EditTables tables, List<EditFinding> findings) {
        if (encounter.diagnoses().isEmpty() || !encounter.diagnoses().get(0).coded()) {
            return;
        }
        Diagnosis first = encounter.diagnoses().get(0);
        tables.firstListedRules().stream().filter(r -> r.covers(first.code())).findFirst()
                .ifPresent(r -> findings.add(EditFinding.diagnosisError(FIRST_LISTED, first.sequence(),
                        "Diagnosis " + CodeSetEdits.display(first.codeRef()) + " may not be listed first: it "
                                + r.reason())));
    }

    private static void excludes1(EncounterContent encounter, EditTables tables, List<EditFinding> findings) {
        List<Diagnosis> coded = encounter.diagnoses().stream().filter(Diagnosis::coded).toList();
        for (Diagnosis a : coded) {
            for (Diagnosis b : coded) {
                if (a == b) {
                    continue;
                }
                for (EditTables.Excludes1Pair pair : tables.excludes1()) {
                    if (a.code().startsWith(pair.codeA()) && b.code().startsWith(pair.codeB())) {
                        findings.add(EditFinding.diagnosisError(EXCLUDES1, b.sequence(), "Diagnosis "
                                + show(b) + " may not be reported with " + show(a) + " (Excludes1 at "
                                + pair.codeA() + ": " + pair.note() + ")"));
                    }
                }
            }
        }
    }

    private static String show(Diagnosis d) {
        return CodeSetEdits.display(new CodeRef(CodeSystem.ICD10CM, d.code()));
    }

    private static void pointers(EncounterContent encounter, List<EditFinding> findings) {
        int count = encounter.diagnoses().size();
        if (count > MAX_DIAGNOSES) {
            findings.add(new EditFinding(TOO_MANY, Severity.ERROR, "A professional claim carries at most "
                    + MAX_DIAGNOSES + " diagnoses; this encounter has " + count, null, null));
        }
        for (ServiceLine line : encounter.serviceLines()) {
            List<Integer> pointers = line.diagnosisPointers();
            Set<Integer> seen = new HashSet<>();
            if (pointers.isEmpty() || pointers.size() > MAX_POINTERS) {
                findings.add(EditFinding.line(POINTER, Severity.ERROR, line.lineNumber(), "Line "
                        + line.lineNumber() + " must point at 1 to " + MAX_POINTERS + " diagnoses; it points at "
                        + pointers.size()));
            }
            for (Integer p : pointers) {
                if (p == null || p < 1 || p > count) {
                    findings.add(EditFinding.line(POINTER, Severity.ERROR, line.lineNumber(), "Line "
                            + line.lineNumber() + " points at diagnosis " + p + ", which does not exist (there are "
                            + count + ")"));
                } else if (!seen.add(p)) {
                    findings.add(EditFinding.line(POINTER, Severity.ERROR, line.lineNumber(), "Line "
                            + line.lineNumber() + " points at diagnosis " + p + " twice"));
                }
            }
        }
    }
}
