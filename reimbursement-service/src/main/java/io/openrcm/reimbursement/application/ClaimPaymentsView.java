package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.Enrichment;
import io.openrcm.reimbursement.domain.LedgerEntry;
import io.openrcm.reimbursement.domain.LedgerEntryType;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.PostingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every payment received for one claim, with the ledger entries of those posted and the totals of the ledger.
 *
 * @param claimId the claim
 * @param payments its claim payments, oldest first (waiting ones included, without ledger entries)
 * @param charged the sum of the charges of the posted payments
 * @param paid the sum of PAYMENT entries
 * @param adjusted the sum of ADJUSTMENT entries
 * @param patientResponsibility the sum of PATIENT_RESPONSIBILITY entries
 */
public record ClaimPaymentsView(String claimId, List<Payment> payments, Money charged, Money paid, Money adjusted,
        Money patientResponsibility) {

    /**
     * One claim payment.
     *
     * @param paymentId the claim payment id
     * @param remittanceId the remittance it came in
     * @param payerId the payer
     * @param traceNumber the remittance's trace number
     * @param paymentDate the remittance's payment date
     * @param payerClaimControlNumber the payer's claim reference
     * @param claimStatusCode the payer's claim status code
     * @param charge the charge
     * @param paid the amount paid
     * @param patientResponsibility the patient's share
     * @param adjustments the adjustments
     * @param status POSTED or UNMATCHED
     * @param unmatchedReason why it waits, or null
     * @param postedAt when posted, or null
     * @param ledgerEntries its ledger entries, empty while it waits
     * @param posting what posting decided: denial category, contract comparison, reversal link, codes
     */
    public record Payment(UUID paymentId, UUID remittanceId, String payerId, String traceNumber,
            LocalDate paymentDate, String payerClaimControlNumber, String claimStatusCode, Money charge, Money paid,
            Money patientResponsibility, List<Adjustment> adjustments, PostingStatus status, String unmatchedReason,
            Instant postedAt, List<Entry> ledgerEntries, Posting posting) {
    }

    /**
     * What posting decided about a payment.
     *
     * @param denialCategory the denial category, or null
     * @param allowed charge - CO adjustments, or null before posting
     * @param expectedAllowed the contract's expectation, or null
     * @param underpaidAmount the shortfall against it, or null
     * @param reversalOf the payment it reverses, or null
     * @param remarkCodes claim-level remark codes
     * @param unknownCodes CARC:x / RARC:y codes not in the loaded lists
     */
    public record Posting(String denialCategory, Money allowed, Money expectedAllowed, Money underpaidAmount,
            UUID reversalOf, List<String> remarkCodes, List<String> unknownCodes) {
    }

    /**
     * One ledger entry.
     *
     * @param id the entry id
     * @param type the entry type
     * @param group the adjustment group, null for the payment
     * @param reason the adjustment reason, null for the payment
     * @param amount the amount
     * @param postedAt when it was written
     * @param category what it stands for (PAYMENT, CONTRACTUAL, DEDUCTIBLE, COINSURANCE, COPAY, ...)
     * @param lineIndex the service line (position in the payment) of a line-level adjustment, else null
     */
    public record Entry(long id, LedgerEntryType type, String group, String reason, Money amount,
            Instant postedAt, String category, Integer lineIndex) {
    }

    static Payment payment(ClaimPaymentPosting p, List<LedgerEntry> entries) {
        ClaimPayment c = p.payment();
        Enrichment e = p.enrichment();
        return new Payment(p.id(), p.remittance().id(), p.remittance().payerId(), p.remittance().traceNumber(),
                p.remittance().paymentDate(), c.payerClaimControlNumber(), c.status().code(), c.charge(), c.paid(),
                c.patientResponsibility(), c.adjustments(), p.status(), p.unmatchedReason(), p.postedAt(),
                entries.stream().map(l -> new Entry(l.id(), l.line().type(),
                        l.line().group() == null ? null : l.line().group().name(), l.line().reason(),
                        l.line().amount(), l.postedAt(), l.line().category().name(),
                        l.line().lineIndex() < 0 ? null : l.line().lineIndex())).toList(),
                e == null ? new Posting(null, null, null, null, p.reversalOf(), c.remarkCodes(), List.of())
                        : new Posting(e.denialCategory() == null ? null : e.denialCategory().name(), e.allowed(),
                                e.expectedAllowed(), e.underpaidAmount(), p.reversalOf(), c.remarkCodes(),
                                e.unknownCodes()));
    }

    static ClaimPaymentsView of(String claimId, List<Payment> payments) {
        List<Payment> posted = payments.stream().filter(p -> p.status() == PostingStatus.POSTED).toList();
        List<Entry> entries = posted.stream().flatMap(p -> p.ledgerEntries().stream()).toList();
        return new ClaimPaymentsView(claimId, payments, Money.sum(posted.stream().map(Payment::charge).toList()),
                sum(entries, LedgerEntryType.PAYMENT), sum(entries, LedgerEntryType.ADJUSTMENT),
                sum(entries, LedgerEntryType.PATIENT_RESPONSIBILITY));
    }

    private static Money sum(List<Entry> entries, LedgerEntryType type) {
        return Money.sum(entries.stream().filter(e -> e.type() == type).map(Entry::amount).toList());
    }
}
