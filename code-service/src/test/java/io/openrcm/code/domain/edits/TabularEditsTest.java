package io.openrcm.code.domain.edits;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.code.domain.CodeSetSnapshot;
import io.openrcm.code.domain.Diagnosis;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.EncounterContents;
import io.openrcm.code.domain.icd.IcdBooksFromFiles;
import io.openrcm.code.domain.icd.TabularList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Tabular's instructions as edits, on real FY2023 codes (the CDC Tabular List read from the shared data). */
class TabularEditsTest {

    private static List<EditFinding> run(String... codes) {
        TabularList tabular = IcdBooksFromFiles.books().tabular();
        EncounterContent encounter = EncounterContents.withDiagnoses(codes);
        return TabularEdits.run(encounter, tabular);
    }

    private static List<EditFinding> excludes1(List<EditFinding> findings) {
        return findings.stream().filter(f -> f.editId().equals("DX-EXCLUDES1")).toList();
    }

    private static List<String> ids(List<EditFinding> findings) {
        return findings.stream().map(EditFinding::editId).toList();
    }

    @Test
    void excludes1IsFoundWhicheverCodeCarriesTheNoteAndInheritedFromTheCategory() {
        // E10 (type 1) carries "type 2 diabetes mellitus (E11.-)"; the note is written at E10 and applies to E10.9.
        List<EditFinding> oneWay = run("E10.9", "E11.9");
        List<EditFinding> otherWay = run("E11.9", "E10.9");
        assertThat(excludes1(oneWay)).hasSize(1);
        assertThat(excludes1(oneWay).get(0).message()).isEqualTo("Diagnosis E11.9 may not be reported with E10.9 (Excludes1 at "
                + "E10: type 2 diabetes mellitus (E11.-))");
        assertThat(excludes1(otherWay)).singleElement().satisfies(f -> assertThat(f.diagnosisSequence())
                .isEqualTo(2));
        // R05 (cough) excludes smoker's cough J41.0, written at R05 and inherited by R05.9.
        assertThat(run("R05.9", "J41.0").stream().filter(f -> f.editId().equals("DX-EXCLUDES1")).toList())
                .hasSize(1);
        assertThat(run("E11.9", "I10")).extracting(EditFinding::editId).doesNotContain("DX-EXCLUDES1");
    }

    @Test
    void excludes2IsInformationOnly() {
        // R05 lists "cough with hemorrhage (R04.2)" as Excludes2: both may be reported.
        List<EditFinding> findings = run("R05.9", "R04.2");
        assertThat(findings).filteredOn(f -> f.editId().equals("DX-EXCLUDES2")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(findings).noneMatch(EditFinding::isError);
    }

    @Test
    void aManifestationCodeMayNotBeListedFirstAndCodeFirstSequencesTheEtiology() {
        List<EditFinding> first = run("G63", "E85.4");
        assertThat(first).filteredOn(f -> f.editId().equals("DX-NOT-FIRST-LISTED")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Diagnosis G63 may not be listed first: it is a "
                        + "manifestation code (Polyneuropathy in diseases classified elsewhere)"));
        assertThat(first).filteredOn(f -> f.editId().equals("DX-CODE-FIRST")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(run("E85.4", "G63")).extracting(EditFinding::editId).doesNotContain("DX-NOT-FIRST-LISTED",
                "DX-CODE-FIRST");
        // N18 (CKD) says code first hypertensive CKD (I12.-): a warning when listed after it.
        assertThat(run("N18.30", "I12.9")).filteredOn(f -> f.editId().equals("DX-CODE-FIRST")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("I12.9 is to be listed before N18.30"));
    }

    @Test
    void useAdditionalCodeNamesWhatToAdd() {
        assertThat(run("N18.30")).filteredOn(f -> f.editId().equals("DX-USE-ADDITIONAL-CODE"))
                .anySatisfy(f -> assertThat(f.message()).contains("(Z94.0)"));
        assertThat(run("N18.30", "Z94.0")).extracting(EditFinding::message).noneMatch(m -> m.contains("(Z94.0)"));
    }

    @Test
    void aMissingSeventhCharacterIsAnErrorNamingTheCharactersAllowed() {
        List<EditFinding> findings = run("S93.402");
        assertThat(ids(findings)).contains("DX-SEVENTH-CHARACTER");
        assertThat(findings).filteredOn(f -> f.editId().equals("DX-SEVENTH-CHARACTER")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("Diagnosis S93.402 needs a seventh character; "
                        + "allowed: A (initial encounter), D (subsequent encounter), S (sequela), with placeholder X "
                        + "up to six characters; for example S93.402A"));
        assertThat(ids(run("S93.402A"))).doesNotContain("DX-SEVENTH-CHARACTER");
        assertThat(ids(run("S93.402B"))).contains("DX-SEVENTH-CHARACTER");
        // T39.011 needs X-free seventh; T51.3X1 keeps its placeholder; S06.0X9 likewise.
        assertThat(ids(run("T39.011A", "T51.3X1A", "S06.0X9A"))).doesNotContain("DX-SEVENTH-CHARACTER");
        assertThat(run("S06.0X9")).filteredOn(f -> f.editId().equals("DX-SEVENTH-CHARACTER")).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("for example S06.0X9A"));
    }

    @Test
    void theSeventhCharacterFindingReplacesTheHeaderFinding() {
        EncounterContent encounter = EncounterContents.withDiagnoses("S93.402");
        EditContext context = new EditContext(CodeSetSnapshot.of(List.of(), List.of()), EditTables.empty(),
                (h, d, l) -> List.of(), IcdBooksFromFiles.books().tabular());
        assertThat(CodingEdits.run(encounter, context)).extracting(EditFinding::editId)
                .contains("DX-SEVENTH-CHARACTER").doesNotContain("CS-HEADER-CODE");
        assertThat(encounter.diagnoses()).extracting(Diagnosis::code).containsExactly("S93402");
    }
}
