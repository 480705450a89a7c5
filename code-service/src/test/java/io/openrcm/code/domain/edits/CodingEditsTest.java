package io.openrcm.code.domain.edits;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSetEntry;
import io.openrcm.code.domain.CodeSetSnapshot;
import io.openrcm.code.domain.CodeSetVersion;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.CodedBy;
import io.openrcm.code.domain.Diagnosis;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.Patient;
import io.openrcm.code.domain.ServiceLine;
import io.openrcm.code.domain.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodingEditsTest {

    static final LocalDate FY22 = LocalDate.of(2022, 6, 1);
    static final LocalDate FY23 = LocalDate.of(2022, 11, 1);
    static final CodeSetVersion V22 = new CodeSetVersion(1, CodeSystem.ICD10CM, "FY2022", LocalDate.of(2021, 10, 1),
            LocalDate.of(2022, 9, 30), false);
    static final CodeSetVersion V23 = new CodeSetVersion(2, CodeSystem.ICD10CM, "FY2023", LocalDate.of(2022, 10, 1),
            LocalDate.of(2023, 9, 30), false);
    static final CodeSetVersion STARTER = new CodeSetVersion(3, CodeSystem.ICD10CM, "starter",
            LocalDate.of(2020, 1, 1), null, true);
    static final CodeSetVersion CPT = new CodeSetVersion(4, CodeSystem.CPT, "starter", LocalDate.of(2020, 1, 1), null,
            true);

    static final EditTables TABLES = new EditTables(
            List.of(new EditTables.AgeSexRule("DX-SEX-MATERNITY", "O00", "O9A", "F", null, null, Severity.ERROR,
                            "pregnancy"),
                    new EditTables.AgeSexRule("DX-AGE-NEWBORN", "P00", "P96", null, 0, 0, Severity.ERROR, "newborn")),
            List.of(new EditTables.FirstListedRule("V00", "Y99", "is an external cause code")),
            List.of(new EditTables.Excludes1Pair("E11", "E10", "type 2 excludes type 1")),
            List.of(new EditTables.PtpEdit("80053", "80048", LocalDate.of(2000, 1, 1), null, "0", "panel"),
                    new EditTables.PtpEdit("20610", "99213", LocalDate.of(2000, 1, 1), null, "1", "practice"),
                    new EditTables.PtpEdit("20610", "36415", LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1), "1",
                            "deleted")),
            Map.of("20610", new EditTables.Mue("20610", 2, "2", "anatomy"),
                    "93000", new EditTables.Mue("93000", 1, "1", "descriptor")),
            List.of(new EditTables.AddOn("90472", "90471", "1")));

    static CodeSetSnapshot snapshot() {
        List<CodeSetEntry> e = new ArrayList<>();
        for (String code : List.of("E119", "E109", "I10", "O80", "P599", "W010XXA", "B373")) {
            e.add(icd(code, 1, true));
        }
        for (String code : List.of("E119", "E109", "I10", "O80", "P599", "W010XXA", "B3731", "B3732")) {
            e.add(icd(code, 2, true));
        }
        e.add(icd("B373", 2, false));
        for (String code : List.of("80053", "80048", "20610", "99213", "36415", "93000", "90472", "90471")) {
            e.add(new CodeSetEntry(new CodeRef(CodeSystem.CPT, code), code, true, 4, null, null));
        }
        return CodeSetSnapshot.of(List.of(V22, V23, STARTER, CPT), e);
    }

    static CodeSetEntry icd(String code, long version, boolean billable) {
        return new CodeSetEntry(new CodeRef(CodeSystem.ICD10CM, code), code, billable, version, null, null);
    }

    static List<EditFinding> run(LocalDate dos, Sex sex, LocalDate born, List<String> dx, List<ServiceLine> lines) {
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (int i = 0; i < dx.size(); i++) {
            diagnoses.add(new Diagnosis(i + 1, dx.get(i), CodedBy.EHR));
        }
        EncounterContent c = new EncounterContent("EHR-1", new Patient("P", "A", "B", born, sex), "M", "PAYER",
                "1234567893", "1245319599", dos, "11", diagnoses, lines);
        EditContext context = new EditContext(snapshot(), TABLES,
                (header, date, limit) -> header.code().equals("B373") ? List.of("B3731", "B3732") : List.of());
        return CodingEdits.run(c, context);
    }

    static ServiceLine line(int n, String code, int units, String... modifiers) {
        return new ServiceLine(n, new CodeRef(CodeSystem.CPT, code), List.of(modifiers), units, List.of(1),
                CodedBy.EHR);
    }

    static List<String> ids(List<EditFinding> findings) {
        return findings.stream().map(EditFinding::editId).toList();
    }

    static final LocalDate ADULT = LocalDate.of(1980, 1, 1);

    @Test
    void theSameCodeIsJudgedByTheVersionInEffectOnTheDateOfService() {
        assertThat(run(FY22, Sex.F, ADULT, List.of("B373"), List.of(line(1, "99213", 1)))).isEmpty();
        List<EditFinding> fy23 = run(FY23, Sex.F, ADULT, List.of("B373"), List.of(line(1, "99213", 1)));
        assertThat(ids(fy23)).containsExactly("CS-HEADER-CODE");
        assertThat(fy23.get(0).message()).contains("B37.31, B37.32");
        assertThat(fy23.get(0).diagnosisSequence()).isEqualTo(1);
        assertThat(ids(run(FY22, Sex.F, ADULT, List.of("B3731"), List.of(line(1, "99213", 1)))))
                .containsExactly("CS-NOT-IN-EFFECT");
        assertThat(ids(run(FY22, Sex.F, ADULT, List.of("Q999"), List.of(line(1, "99213", 1)))))
                .containsExactly("CS-UNKNOWN-CODE");
    }

    @Test
    void ageAndSexComeFromTheRuleTable() {
        List<EditFinding> male = run(FY22, Sex.M, ADULT, List.of("O80"), List.of(line(1, "99213", 1)));
        assertThat(ids(male)).containsExactly("DX-SEX-MATERNITY");
        assertThat(male.get(0).message()).contains("female patients, but the patient is male");
        assertThat(ids(run(FY22, Sex.M, ADULT, List.of("P599"), List.of(line(1, "99213", 1)))))
                .containsExactly("DX-AGE-NEWBORN");
        assertThat(run(FY22, Sex.M, FY22.minusDays(3), List.of("P599"), List.of(line(1, "99213", 1)))).isEmpty();
    }

    @Test
    void externalCauseFirstAndExcludes1AreErrors() {
        assertThat(ids(run(FY22, Sex.F, ADULT, List.of("W010XXA", "I10"), List.of(line(1, "99213", 1)))))
                .containsExactly("DX-NOT-FIRST-LISTED");
        List<EditFinding> both = run(FY22, Sex.F, ADULT, List.of("E119", "E109"), List.of(line(1, "99213", 1)));
        assertThat(ids(both)).containsExactly("DX-EXCLUDES1");
        assertThat(both.get(0).diagnosisSequence()).isEqualTo(2);
    }

    @Test
    void pointersMustNameExistingDiagnoses() {
        ServiceLine bad = new ServiceLine(1, new CodeRef(CodeSystem.CPT, "99213"), List.of(), 1, List.of(1, 3),
                CodedBy.EHR);
        List<EditFinding> f = run(FY22, Sex.F, ADULT, List.of("I10"), List.of(bad));
        assertThat(ids(f)).containsExactly("DX-POINTER");
        assertThat(f.get(0).lineNumber()).isEqualTo(1);
    }

    @Test
    void ncciPairsHonourTheModifierIndicatorAndDates() {
        List<EditFinding> never = run(FY22, Sex.F, ADULT, List.of("I10"),
                List.of(line(1, "80053", 1), line(2, "80048", 1, "59")));
        assertThat(ids(never)).containsExactly("NCCI-PTP");
        assertThat(never.get(0).lineNumber()).isEqualTo(2);
        assertThat(ids(run(FY22, Sex.F, ADULT, List.of("I10"), List.of(line(1, "20610", 1), line(2, "99213", 1)))))
                .containsExactly("NCCI-PTP-MODIFIER", "EM-WITHOUT-25");
        assertThat(run(FY22, Sex.F, ADULT, List.of("I10"), List.of(line(1, "20610", 1), line(2, "99213", 1, "25"))))
                .isEmpty();
        assertThat(run(FY22, Sex.F, ADULT, List.of("I10"), List.of(line(1, "20610", 1), line(2, "36415", 1))))
                .as("a deleted pair no longer applies").isEmpty();
    }

    @Test
    void medicallyUnlikelyUnitsPerLineAndPerDay() {
        assertThat(ids(run(FY22, Sex.F, ADULT, List.of("I10"), List.of(line(1, "93000", 2)))))
                .containsExactly("MUE-LINE");
        assertThat(ids(run(FY22, Sex.F, ADULT, List.of("I10"),
                List.of(line(1, "20610", 2, "RT"), line(2, "20610", 1, "LT"))))).containsExactly("MUE-DAY");
        assertThat(run(FY22, Sex.F, ADULT, List.of("I10"), List.of(line(1, "93000", 1), line(2, "93000", 1))))
                .as("indicator 1 counts per line only").isEmpty();
    }

    @Test
    void addOnWithoutPrimaryIsAnErrorAndEmWithoutModifier25AWarning() {
        assertThat(ids(run(FY22, Sex.F, ADULT, List.of("I10"), List.of(line(1, "90472", 1)))))
                .containsExactly("ADD-ON-WITHOUT-PRIMARY");
        assertThat(run(FY22, Sex.F, ADULT, List.of("I10"), List.of(line(1, "90471", 1), line(2, "90472", 1))))
                .isEmpty();
        List<EditFinding> em = run(FY22, Sex.F, ADULT, List.of("I10"), List.of(line(1, "99213", 1),
                line(2, "90471", 1)));
        assertThat(ids(em)).containsExactly("EM-WITHOUT-25");
        assertThat(em.get(0).severity()).isEqualTo(Severity.WARNING);
    }
}
