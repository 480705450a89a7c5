package io.openrcm.code.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EncounterFingerprintTest {

    @Test
    void isStableAcrossRunsAndMachines() {
        // Stored with every encounter: if this value changes, stored hashes stop matching retries (409 instead of
        // 200). Change the canonical form only together with its version tag, knowingly.
        assertThat(EncounterContents.golden().fingerprint())
                .isEqualTo("6e64c2076fd3aee6707b6e12c27ddb95bdac5478abdc527ac86271d567606872")
                .hasSize(64);
    }

    @Test
    void equalContentHashesAlike() {
        assertThat(EncounterContents.golden().fingerprint()).isEqualTo(EncounterContents.golden().fingerprint());
    }

    @Test
    void diagnosisOrderMatters() {
        assertThat(EncounterContents.withDiagnoses(List.of("I10", "E119")).fingerprint())
                .isNotEqualTo(EncounterContents.golden().fingerprint());
    }

    @Test
    void anyLineChangeMatters() {
        EncounterContent golden = EncounterContents.golden();
        ServiceLine first = golden.serviceLines().get(0);
        ServiceLine second = golden.serviceLines().get(1);
        EncounterContent moreUnits = EncounterContents.withLines(golden, List.of(
                new ServiceLine(1, first.code(), first.modifiers(), 2, first.diagnosisPointers(), CodedBy.EHR),
                second));
        EncounterContent otherModifier = EncounterContents.withLines(golden, List.of(
                new ServiceLine(1, first.code(), List.of("59"), 1, first.diagnosisPointers(), CodedBy.EHR), second));
        assertThat(moreUnits.fingerprint()).isNotEqualTo(golden.fingerprint());
        assertThat(otherModifier.fingerprint()).isNotEqualTo(golden.fingerprint())
                .isNotEqualTo(moreUnits.fingerprint());
    }

    @Test
    void valuesCannotImitateFieldBoundaries() {
        EncounterContent golden = EncounterContents.golden();
        Patient p = golden.patient();
        EncounterContent a = withPatient(golden, new Patient(p.id(), "Ann;patient.lastName=3:Lee", "X",
                p.birthDate(), p.sex()));
        EncounterContent b = withPatient(golden, new Patient(p.id(), "Ann", "Lee;X", p.birthDate(), p.sex()));
        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
    }

    private static EncounterContent withPatient(EncounterContent c, Patient patient) {
        return new EncounterContent(c.ehrEncounterId(), patient, c.subscriberMemberId(), c.payerId(),
                c.billingProviderNpi(), c.renderingProviderNpi(), c.dateOfService(), c.placeOfService(),
                c.diagnoses(), c.serviceLines());
    }
}
