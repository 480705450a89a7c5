package io.openrcm.claim.application;

import io.openrcm.claim.domain.Coverage;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.Patient;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Command of {@link ClaimIntakeService}: a coded encounter, already checked field by field (formats, lengths, codes)
 * by whoever read it; {@link ClaimBuilder} checks it against the reference data and prices it.
 *
 * @param encounterId the encounter's id
 * @param ehrEncounterId the EHR's id of the encounter; may be null
 * @param patient the patient
 * @param memberId the subscriber's member id
 * @param payerId the payer to bill
 * @param billingProviderNpi the billing provider, ten digits
 * @param renderingProviderNpi the rendering provider, ten digits; may be null
 * @param dateOfService the date of service
 * @param placeOfService the CMS place of service code
 * @param diagnoses the diagnoses in sequence order
 * @param lines the service lines in line number order
 * @param coverages the coverages in order of payment, the first being payerId's; empty when the event had none
 */
public record CodedEncounter(UUID encounterId, String ehrEncounterId, Patient patient, String memberId,
        String payerId, String billingProviderNpi, String renderingProviderNpi, LocalDate dateOfService,
        String placeOfService, List<Diagnosis> diagnoses, List<Line> lines, List<Coverage> coverages) {

    public CodedEncounter {
        coverages = coverages == null ? List.of() : List.copyOf(coverages);
        Objects.requireNonNull(encounterId, "encounterId");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(dateOfService, "dateOfService");
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
    }

    /**
     * One coded service line, not yet priced.
     *
     * @param lineNumber its 1-based number
     * @param code the CPT or HCPCS code
     * @param codeSystem the code system; may be null
     * @param modifiers up to four modifiers
     * @param units the units, at least 1
     * @param diagnosisPointers up to four diagnosis sequences
     */
    public record Line(int lineNumber, String code, String codeSystem, List<String> modifiers, int units,
            List<Integer> diagnosisPointers) {

        public Line {
            modifiers = List.copyOf(modifiers);
            diagnosisPointers = List.copyOf(diagnosisPointers);
        }
    }
}
