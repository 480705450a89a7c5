package io.openrcm.claim.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a claim says once built, and never changes afterwards: who, for whom, billed to whom, what was done, why.
 *
 * @param encounterId the coded encounter it was built from (one claim per encounter)
 * @param ehrEncounterId the encounter's id in the EHR; may be null
 * @param patient the patient
 * @param subscriberMemberId the insured's member id at the payer
 * @param payerId the payer billed
 * @param billingProviderNpi the billing provider
 * @param renderingProviderNpi the rendering provider; may be null
 * @param placeOfService the CMS place of service code, such as {@code 11} (office)
 * @param dateOfService the date of service
 * @param diagnoses the diagnoses, ordered by sequence
 * @param lines the priced lines, ordered by line number
 * @param correlationId the flow this claim belongs to
 */
public record ClaimDetails(UUID encounterId, String ehrEncounterId, Patient patient, String subscriberMemberId,
        String payerId, String billingProviderNpi, String renderingProviderNpi, String placeOfService,
        LocalDate dateOfService, List<Diagnosis> diagnoses, List<ClaimLine> lines, String correlationId) {

    public ClaimDetails {
        Objects.requireNonNull(encounterId, "encounterId");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(billingProviderNpi, "billingProviderNpi");
        Objects.requireNonNull(dateOfService, "dateOfService");
        diagnoses = List.copyOf(diagnoses);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new ClaimRuleException("a claim needs at least one service line");
        }
        if (diagnoses.isEmpty()) {
            throw new ClaimRuleException("a claim needs at least one diagnosis");
        }
        Set<Integer> sequences = new HashSet<>();
        diagnoses.forEach(d -> sequences.add(d.sequence()));
        for (ClaimLine line : lines) {
            for (Integer pointer : line.diagnosisPointers()) {
                if (!sequences.contains(pointer)) {
                    throw new ClaimRuleException("line " + line.lineNumber() + " points to diagnosis " + pointer
                            + ", which the claim does not have");
                }
            }
        }
    }

    /** The sum of the line charges. */
    public Money totalCharge() {
        Money total = Money.ZERO;
        for (ClaimLine line : lines) {
            total = total.plus(line.charge());
        }
        return total;
    }
}
