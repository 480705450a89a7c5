package io.openrcm.claim.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.claim.application.CodedEncounter;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.Patient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncounterPartsTest {

    @Test
    void readsAPatient() {
        List<String> problems = new ArrayList<>();
        Patient patient = EncounterParts.patient(
                new EncounterCodedPayload.PatientPart("MRN-1", "Jane", "Example", "1971-04-12", "F"), problems);
        assertThat(problems).isEmpty();
        assertThat(patient.birthDate()).hasToString("1971-04-12");
    }

    @Test
    void namesWhatIsWrongWithAPatientWithoutEchoingIt() {
        List<String> problems = new ArrayList<>();
        Patient patient = EncounterParts.patient(
                new EncounterCodedPayload.PatientPart(" ", "Jane", "Example", "1971-13-12", "X"), problems);
        assertThat(patient).isNull();
        assertThat(problems).containsExactly("patient.id is missing", "patient.birthDate is not a date (YYYY-MM-DD)",
                "patient.sex must be F, M or U");
        assertThat(String.join(" ", problems)).doesNotContain("1971").doesNotContain("Jane").doesNotContain("Example");
    }

    @Test
    void ordersDiagnosesBySequenceAndDropsTheDot() {
        List<String> problems = new ArrayList<>();
        List<Diagnosis> diagnoses = EncounterParts.diagnoses(List.of(
                new EncounterCodedPayload.DiagnosisPart(2, "i10"),
                new EncounterCodedPayload.DiagnosisPart(1, "E11.9")), problems);
        assertThat(problems).isEmpty();
        assertThat(diagnoses).containsExactly(new Diagnosis(1, "E119"), new Diagnosis(2, "I10"));
    }

    @Test
    void refusesBadDiagnoses() {
        List<String> problems = new ArrayList<>();
        EncounterParts.diagnoses(List.of(
                new EncounterCodedPayload.DiagnosisPart(1, "E119"),
                new EncounterCodedPayload.DiagnosisPart(1, "I10"),
                new EncounterCodedPayload.DiagnosisPart(3, "123")), problems);
        assertThat(problems).containsExactly("diagnoses[1].sequence 1 is not a new positive sequence",
                "diagnoses[2].code is not an ICD-10-CM code");
        List<String> none = new ArrayList<>();
        EncounterParts.diagnoses(List.of(), none);
        assertThat(none).containsExactly("diagnoses are missing");
    }

    @Test
    void readsServiceLinesInLineNumberOrder() {
        List<String> problems = new ArrayList<>();
        List<CodedEncounter.Line> lines = EncounterParts.lines(List.of(
                new EncounterCodedPayload.ServiceLinePart(2, "g0008", "HCPCS", null, BigDecimal.ONE, List.of(1)),
                new EncounterCodedPayload.ServiceLinePart(1, "99213", "CPT", List.of("25"), new BigDecimal("2.0"),
                        List.of(1, 2))), problems);
        assertThat(problems).isEmpty();
        assertThat(lines).extracting(CodedEncounter.Line::code).containsExactly("99213", "G0008");
        assertThat(lines.get(0).units()).isEqualTo(2);
        assertThat(lines.get(0).modifiers()).containsExactly("25");
    }

    @Test
    void refusesBadServiceLines() {
        List<String> problems = new ArrayList<>();
        EncounterParts.lines(List.of(
                new EncounterCodedPayload.ServiceLinePart(1, "9921", null, List.of("2"), new BigDecimal("1.5"),
                        List.of(100))), problems);
        assertThat(problems).containsExactly("serviceLines[0].code is not a CPT or HCPCS code",
                "serviceLines[0].modifiers must be at most 4 two-character modifiers",
                "serviceLines[0].units must be a whole number from 1 to 9999",
                "serviceLines[0].diagnosisPointers must be at most 4 numbers from 1 to 99");
        List<String> none = new ArrayList<>();
        EncounterParts.lines(null, none);
        assertThat(none).containsExactly("serviceLines are missing");
    }
}
