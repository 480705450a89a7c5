package io.openrcm.code.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an EHR sent about one encounter, validated and normalized: the part of an encounter the sender decides, and
 * so the part an idempotent retry must repeat exactly.
 *
 * @param ehrEncounterId the EHR's id of the encounter, the idempotency key
 * @param patient the patient
 * @param subscriberMemberId the insurance subscriber's member id
 * @param payerId the payer billed
 * @param billingProviderNpi NPI of the billing provider
 * @param renderingProviderNpi NPI of the provider who rendered the services
 * @param dateOfService the date the services were provided
 * @param placeOfService two-digit CMS place of service code
 * @param diagnoses diagnoses in order
 * @param serviceLines services in order
 * @param coverages the coverages in order of payment; the first is the primary, whose payer and member id are
 *     {@code payerId} and {@code subscriberMemberId}
 */
public record EncounterContent(String ehrEncounterId, Patient patient, String subscriberMemberId, String payerId,
        String billingProviderNpi, String renderingProviderNpi, LocalDate dateOfService, String placeOfService,
        List<Diagnosis> diagnoses, List<ServiceLine> serviceLines, List<Coverage> coverages) {

    public EncounterContent {
        Objects.requireNonNull(ehrEncounterId, "ehrEncounterId");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(dateOfService, "dateOfService");
        diagnoses = List.copyOf(diagnoses);
        serviceLines = List.copyOf(serviceLines);
        coverages = coverages == null || coverages.isEmpty() ? List.of(Coverage.selfCoverage(payerId,
                subscriberMemberId)) : List.copyOf(coverages);
        if (coverages.size() > Coverage.MAX) {
            throw new IllegalArgumentException("at most " + Coverage.MAX + " coverages");
        }
    }

    /** Content with a single payer whose subscriber is the patient (the shape before coverages). */
    public EncounterContent(String ehrEncounterId, Patient patient, String subscriberMemberId, String payerId,
            String billingProviderNpi, String renderingProviderNpi, LocalDate dateOfService, String placeOfService,
            List<Diagnosis> diagnoses, List<ServiceLine> serviceLines) {
        this(ehrEncounterId, patient, subscriberMemberId, payerId, billingProviderNpi, renderingProviderNpi,
                dateOfService, placeOfService, diagnoses, serviceLines, null);
    }

    /** True when the content says no more than one payer whose subscriber is the patient, address unknown. */
    public boolean singleSelfCoverage() {
        return coverages.size() == 1 && coverages.get(0).subscriber().equals(Subscriber.self());
    }

    /** Every code the encounter uses, diagnoses first. */
    public Set<CodeRef> codes() {
        Set<CodeRef> codes = new LinkedHashSet<>();
        diagnoses.stream().filter(Diagnosis::coded).forEach(d -> codes.add(d.codeRef()));
        serviceLines.stream().filter(ServiceLine::coded).forEach(l -> codes.add(l.code()));
        return codes;
    }

    /** Whether every diagnosis and line has its code. */
    public boolean fullyCoded() {
        return diagnoses.stream().allMatch(Diagnosis::coded) && serviceLines.stream().allMatch(ServiceLine::coded);
    }

    /** The same encounter with other diagnoses and lines (a coder's or the automatic coder's choice). */
    public EncounterContent withCodes(List<Diagnosis> newDiagnoses, List<ServiceLine> newLines) {
        return new EncounterContent(ehrEncounterId, patient, subscriberMemberId, payerId, billingProviderNpi,
                renderingProviderNpi, dateOfService, placeOfService, newDiagnoses, newLines, coverages);
    }

    /** The stable hash of this content, stored with the encounter to recognise an identical retry. */
    public String fingerprint() {
        return EncounterFingerprint.of(this);
    }

    @Override
    public String toString() {
        return "EncounterContent[ehrEncounterId=" + ehrEncounterId + ", codes=" + codes() + "]";
    }
}
