package io.openrcm.claim.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of code-service's EncounterCoded event (rcm.coding.encounter-coded.v1) that a claim needs; every other
 * field is ignored (tolerant reader). Checked by {@link ClaimBuilder}, not here: a missing field is a null.
 *
 * @param encounterId the encounter's id
 * @param ehrEncounterId the EHR's id of the encounter
 * @param patient the patient
 * @param subscriber the insured
 * @param payerId the payer to bill
 * @param billingProviderNpi the billing provider
 * @param renderingProviderNpi the rendering provider
 * @param dateOfService the date of service
 * @param placeOfService the CMS place of service code
 * @param diagnoses the diagnoses
 * @param serviceLines the service lines
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EncounterCodedPayload(String encounterId, String ehrEncounterId, PatientPart patient,
        SubscriberPart subscriber, String payerId, String billingProviderNpi, String renderingProviderNpi,
        LocalDate dateOfService, String placeOfService, List<DiagnosisPart> diagnoses,
        List<ServiceLinePart> serviceLines) {

    /**
     * The patient block. The birth date is read as text so that an unreadable one is reported without echoing it
     * (a parser's message would carry the value into logs and dead-letter headers).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PatientPart(String id, String firstName, String lastName, String birthDate, String sex) {
    }

    /** The subscriber block. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubscriberPart(String memberId) {
    }

    /** One diagnosis. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DiagnosisPart(Integer sequence, String code) {
    }

    /** One service line; units are read as a decimal so a fractional value is refused rather than truncated. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceLinePart(Integer lineNumber, String code, String codeSystem, List<String> modifiers,
            BigDecimal units, List<Integer> diagnosisPointers) {
    }
}
