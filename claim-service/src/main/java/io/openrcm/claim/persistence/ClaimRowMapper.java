package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.Balance;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Coordination;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.Patient;
import io.openrcm.claim.domain.Responsibility;
import io.openrcm.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Maps a claim's stored rows (the claim, its diagnoses and lines), as {@link ClaimRowReader} reads them, to the
 * domain claim: the one place that does.
 */
final class ClaimRowMapper {

    private ClaimRowMapper() {
    }

    /** The columns of a {@code claim} row that the domain claim is made of. */
    record ClaimRow(UUID id, UUID encounterId, String ehrEncounterId, String status, String patientId,
            String patientFirstName, String patientLastName, LocalDate patientBirthDate, String patientSex,
            String patientAddress, String subscriberMemberId, String payerId, String billingProviderNpi,
            String renderingProviderNpi, String placeOfService, LocalDate dateOfService, BigDecimal totalCharge,
            BigDecimal paidAmount, BigDecimal adjustmentAmount, BigDecimal patientResponsibility,
            String correlationId, Instant createdAt, Instant submittedAt, Instant updatedAt, String frequencyCode,
            UUID originalClaimId, String payerClaimControlNumber, String correctedPayerClaimControlNumber,
            String findings, boolean postedAfterClose, String coverages, String adjudications,
            String responsibility, boolean crossedOver) {
    }

    /** The claim of the row, with its diagnoses in sequence order and its lines in line order. */
    static Claim claim(ClaimRow r, List<Diagnosis> diagnoses, List<ClaimLine> lines) {
        Patient patient = new Patient(r.patientId(), r.patientFirstName(), r.patientLastName(),
                r.patientBirthDate(), r.patientSex(), CoordinationJson.readAddress(r.patientAddress()));
        ClaimDetails details = new ClaimDetails(r.encounterId(), r.ehrEncounterId(), patient,
                r.subscriberMemberId(), r.payerId(), r.billingProviderNpi(), r.renderingProviderNpi(),
                r.placeOfService(), r.dateOfService(), diagnoses, lines, r.correlationId(),
                CoordinationJson.readCoverages(r.coverages()));
        Balance balance = new Balance(Money.of(r.totalCharge()), Money.of(r.paidAmount()),
                Money.of(r.adjustmentAmount()), Money.of(r.patientResponsibility()));
        Correction correction = new Correction(r.frequencyCode(), r.originalClaimId(),
                r.correctedPayerClaimControlNumber());
        return Claim.restore(r.id(), details, correction, ClaimStatus.valueOf(r.status()), balance,
                FindingsJson.read(r.findings()), r.payerClaimControlNumber(), r.createdAt(), r.submittedAt(),
                r.updatedAt(), r.postedAfterClose(), new Coordination(Responsibility.valueOf(r.responsibility()),
                        r.crossedOver(), CoordinationJson.readAdjudications(r.adjudications())));
    }

    /** A {@code claim_line} row; modifiers and diagnosis pointers are comma-separated, in order. */
    static ClaimLine line(int lineNumber, String code, String codeSystem, String modifiers, int units,
            String diagnosisPointers, BigDecimal unitFee, LocalDate dateOfService) {
        return new ClaimLine(lineNumber, code, codeSystem, split(modifiers), units,
                split(diagnosisPointers).stream().map(Integer::valueOf).toList(), Money.of(unitFee), dateOfService);
    }

    /** Splits a comma-separated column; an empty column is an empty list. */
    static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
