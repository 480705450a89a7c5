package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a claim says: who, for whom, billed to whom, what was done, why. Whether it is complete enough for a payer
 * is the scrubber's question, not the constructor's (a claim with a broken pointer waits in the work queue).
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
 * @param coverages the patient's coverages in order of payment; {@code payerId} and {@code subscriberMemberId} are
 *     those of the one billed now. Without coverages, the payer billed is a primary whose subscriber is the patient
 */
public record ClaimDetails(UUID encounterId, String ehrEncounterId, Patient patient, String subscriberMemberId,
        String payerId, String billingProviderNpi, String renderingProviderNpi, String placeOfService,
        LocalDate dateOfService, List<Diagnosis> diagnoses, List<ClaimLine> lines, String correlationId,
        List<Coverage> coverages) {

    /** Details of a claim whose only payer is a primary whose subscriber is the patient. */
    public ClaimDetails(UUID encounterId, String ehrEncounterId, Patient patient, String subscriberMemberId,
            String payerId, String billingProviderNpi, String renderingProviderNpi, String placeOfService,
            LocalDate dateOfService, List<Diagnosis> diagnoses, List<ClaimLine> lines, String correlationId) {
        this(encounterId, ehrEncounterId, patient, subscriberMemberId, payerId, billingProviderNpi,
                renderingProviderNpi, placeOfService, dateOfService, diagnoses, lines, correlationId, null);
    }

    public ClaimDetails {
        coverages = coverages == null || coverages.isEmpty()
                ? List.of(Coverage.self(payerId, subscriberMemberId == null ? "" : subscriberMemberId))
                : List.copyOf(coverages);
        if (coverages.size() > 3) {
            throw new ClaimRuleException("a claim has at most 3 coverages");
        }
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
    }

    /** The same claim with the claim-level data a billing office may correct; null keeps the current value. */
    public ClaimDetails corrected(String memberId, String renderingNpi, String pos) {
        String member = memberId == null ? subscriberMemberId : memberId;
        List<Coverage> covered = coverages.stream().map(c -> c.payerId().equals(payerId)
                ? new Coverage(c.payerId(), member, c.subscriber()) : c).toList();
        return new ClaimDetails(encounterId, ehrEncounterId, patient, member, payerId, billingProviderNpi,
                renderingNpi == null ? renderingProviderNpi : renderingNpi, pos == null ? placeOfService : pos,
                dateOfService, diagnoses, lines, correlationId, covered);
    }

    /** The same claim billed to the coverage at that position. */
    public ClaimDetails billedTo(Responsibility payer) {
        Coverage next = coverages.get(payer.position());
        return new ClaimDetails(encounterId, ehrEncounterId, patient, next.memberId(), next.payerId(),
                billingProviderNpi, renderingProviderNpi, placeOfService, dateOfService, diagnoses, lines,
                correlationId, coverages);
    }

    /** The coverage at that position, if the patient has one there. */
    public Optional<Coverage> coverage(Responsibility payer) {
        return payer.isPayer() && payer.position() < coverages.size() ? Optional.of(coverages.get(payer.position()))
                : Optional.empty();
    }

    /** The same claim with other lines (repriced or corrected). */
    public ClaimDetails withLines(List<ClaimLine> newLines) {
        return new ClaimDetails(encounterId, ehrEncounterId, patient, subscriberMemberId, payerId,
                billingProviderNpi, renderingProviderNpi, placeOfService, dateOfService, diagnoses, newLines,
                correlationId, coverages);
    }

    /** The sorted procedure codes with their modifiers: what the duplicate rule compares. */
    public String serviceSignature() {
        return lines.stream().map(l -> l.code() + (l.modifiers().isEmpty() ? "" : "-" + String.join("-",
                l.modifiers()))).sorted().reduce((a, b) -> a + "," + b).orElse("");
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
