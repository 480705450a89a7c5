package io.openrcm.code.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeSetCheckTest {

    private static final LocalDate FY2022 = LocalDate.of(2021, 10, 1);

    private final List<CodeSetEntry> entries = new ArrayList<>(List.of(
            entry(CodeSystem.ICD10CM, "E119", FY2022, null, true),
            entry(CodeSystem.ICD10CM, "I10", FY2022, null, true),
            entry(CodeSystem.CPT, "99213", LocalDate.of(2020, 1, 1), null, true),
            entry(CodeSystem.HCPCS, "G0008", LocalDate.of(2020, 1, 1), null, true)));
    private final List<Set<CodeRef>> queries = new ArrayList<>();
    private final CodeSetCheck check = new CodeSetCheck(codes -> {
        queries.add(codes);
        return CodeSetSnapshot.of(entries.stream().filter(e -> codes.contains(e.code())).toList());
    });

    @Test
    void acceptsKnownCodesInEffectWithOneLookup() {
        assertThat(check.check(EncounterContents.golden())).isEmpty();
        assertThat(queries).hasSize(1);
        assertThat(queries.get(0)).containsExactlyInAnyOrder(new CodeRef(CodeSystem.ICD10CM, "E119"),
                new CodeRef(CodeSystem.ICD10CM, "I10"), new CodeRef(CodeSystem.CPT, "99213"),
                new CodeRef(CodeSystem.HCPCS, "G0008"));
    }

    @Test
    void reportsEveryUnknownCodeWithItsPointer() {
        EncounterContent c = EncounterContents.withDiagnoses(List.of("E119", "M545", "E11"));
        entries.removeIf(e -> e.code().code().equals("G0008"));
        assertThat(check.check(c)).extracting(CodingViolation::pointer)
                .containsExactly("/diagnoses/1", "/diagnoses/2", "/serviceLines/1/code");
    }

    @Test
    void aCodeRetiredBeforeTheDateOfServiceIsNotInEffect() {
        entries.removeIf(e -> e.code().code().equals("I10"));
        entries.add(entry(CodeSystem.ICD10CM, "I10", FY2022, LocalDate.of(2022, 9, 30), true));
        List<CodingViolation> violations = check.check(EncounterContents.golden());
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/diagnoses/1");
            assertThat(v.message()).contains("not in effect").contains("2026-11-02");
        });
    }

    @Test
    void theVersionInEffectOnTheDateOfServiceDecides() {
        entries.add(entry(CodeSystem.ICD10CM, "B373", FY2022, LocalDate.of(2022, 9, 30), true));
        CodeRef b373 = new CodeRef(CodeSystem.ICD10CM, "B373");
        CodeSetSnapshot snapshot = CodeSetSnapshot.of(entries);
        assertThat(snapshot.inEffect(b373, LocalDate.of(2022, 9, 30))).isPresent();
        assertThat(snapshot.inEffect(b373, LocalDate.of(2022, 10, 1))).isEmpty();
        assertThat(snapshot.inEffect(b373, LocalDate.of(2021, 9, 30))).isEmpty();
        assertThat(snapshot.knows(b373)).isTrue();
    }

    @Test
    void aHeaderCodeCannotBeBilled() {
        entries.add(entry(CodeSystem.ICD10CM, "E11", FY2022, null, false));
        assertThat(check.check(EncounterContents.withDiagnoses(List.of("E11", "I10"))))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("cannot be billed"));
    }

    @Test
    void systemsAreNotMixedUp() {
        // A0101 is an ICD-10-CM code (typhoid meningitis); as a HCPCS line code it is unknown.
        entries.add(entry(CodeSystem.ICD10CM, "A0101", FY2022, null, true));
        EncounterContent golden = EncounterContents.golden();
        EncounterContent c = EncounterContents.withLines(golden, List.of(new ServiceLine(1,
                new CodeRef(CodeSystem.HCPCS, "A0101"), List.of(), 1, List.of(1), CodedBy.EHR)));
        assertThat(check.check(c)).extracting(CodingViolation::pointer).containsExactly("/serviceLines/0/code");
    }

    private static CodeSetEntry entry(CodeSystem system, String code, LocalDate from, LocalDate to, boolean billable) {
        return new CodeSetEntry(new CodeRef(system, code), "test", billable, from, to, "test");
    }
}
