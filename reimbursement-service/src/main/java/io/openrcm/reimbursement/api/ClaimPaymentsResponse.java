package io.openrcm.reimbursement.api;

import io.openrcm.kernel.Money;

import io.openrcm.reimbursement.application.ClaimPaymentsView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code GET /payments?claimId=}: the claim's payments with their ledger entries, and the ledger totals.
 *
 * @param claimId the claim
 * @param payments its claim payments, oldest first
 * @param totals the sums over posted payments
 */
public record ClaimPaymentsResponse(String claimId, List<Payment> payments, Totals totals) {

    /**
     * One claim payment.
     *
     * @param paymentId the claim payment id
     * @param remittanceId the remittance
     * @param payerId the payer
     * @param traceNumber the remittance's trace number
     * @param paymentDate the payment date
     * @param payerClaimControlNumber the payer's reference
     * @param claimStatusCode the payer's claim status code
     * @param chargeAmount the charge
     * @param paidAmount the amount paid
     * @param patientResponsibility the patient's share
     * @param adjustments the adjustments
     * @param status POSTED or UNMATCHED
     * @param unmatchedReason why it waits, or null
     * @param postedAt when posted, or null
     * @param ledgerEntries the ledger entries, empty while it waits
     * @param denialCategory the denial category, or null
     * @param allowed charge - CO adjustments, or null while it waits
     * @param expectedAllowed the payer contract's expectation, or null
     * @param underpaidAmount the shortfall against it, or null
     * @param reversalOf the payment a reversal takes back, or null
     * @param remarkCodes claim-level remark codes (RARC)
     * @param unknownCodes codes not in the loaded CARC/RARC lists, as CARC:x or RARC:y
     */
    public record Payment(UUID paymentId, UUID remittanceId, String payerId, String traceNumber,
            LocalDate paymentDate, String payerClaimControlNumber, String claimStatusCode, String chargeAmount,
            String paidAmount, String patientResponsibility, List<Adjustment> adjustments, String status,
            String unmatchedReason, Instant postedAt, List<LedgerEntry> ledgerEntries, String denialCategory,
            String allowed, String expectedAllowed, String underpaidAmount, UUID reversalOf, List<String> remarkCodes,
            List<String> unknownCodes) {
    }

    /**
     * One adjustment.
     *
     * @param group the group code
     * @param reason the reason code
     * @param amount the amount
     */
    public record Adjustment(String group, String reason, String amount) {
    }

    /**
     * One ledger entry.
     *
     * @param entryId the entry id
     * @param entryType PAYMENT, ADJUSTMENT or PATIENT_RESPONSIBILITY
     * @param group the adjustment group, null for PAYMENT
     * @param reason the reason code, null for PAYMENT
     * @param amount the amount
     * @param postedAt when it was written
     * @param category PAYMENT, CONTRACTUAL, DEDUCTIBLE, COINSURANCE, COPAY, PATIENT_OTHER, OTHER_ADJUSTMENT,
     *     PAYER_INITIATED or CORRECTION
     * @param lineIndex the service line (position in the payment) of a line-level adjustment, else null
     */
    public record LedgerEntry(long entryId, String entryType, String group, String reason, String amount,
            Instant postedAt, String category, Integer lineIndex) {
    }

    /**
     * Sums over the posted payments.
     *
     * @param charged the charges
     * @param paid the PAYMENT entries
     * @param adjusted the ADJUSTMENT entries
     * @param patientResponsibility the PATIENT_RESPONSIBILITY entries
     */
    public record Totals(String charged, String paid, String adjusted, String patientResponsibility) {
    }

    static ClaimPaymentsResponse of(ClaimPaymentsView v) {
        return new ClaimPaymentsResponse(v.claimId(),
                v.payments().stream().map(ClaimPaymentsResponse::payment).toList(),
                new Totals(v.charged().toString(), v.paid().toString(), v.adjusted().toString(),
                        v.patientResponsibility().toString()));
    }

    private static Payment payment(ClaimPaymentsView.Payment p) {
        return new Payment(p.paymentId(), p.remittanceId(), p.payerId(), p.traceNumber(), p.paymentDate(),
                p.payerClaimControlNumber(), p.claimStatusCode(), p.charge().toString(), p.paid().toString(),
                p.patientResponsibility().toString(),
                p.adjustments().stream().map(a -> new Adjustment(a.group().name(), a.reason(), a.amount().toString()))
                        .toList(),
                p.status().name(), p.unmatchedReason(), p.postedAt(),
                p.ledgerEntries().stream().map(e -> new LedgerEntry(e.id(), e.type().name(), e.group(), e.reason(),
                        e.amount().toString(), e.postedAt(), e.category(), e.lineIndex())).toList(),
                p.posting().denialCategory(), text(p.posting().allowed()), text(p.posting().expectedAllowed()),
                text(p.posting().underpaidAmount()), p.posting().reversalOf(), p.posting().remarkCodes(),
                p.posting().unknownCodes());
    }

    private static String text(Money m) {
        return m == null ? null : m.toString();
    }
}
