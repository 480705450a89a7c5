package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A remittance as it was stored: its header, how it was taken, and why it is quarantined.
 *
 * @param id the stored remittance id
 * @param payerId the payer
 * @param traceNumber the payer's trace number
 * @param paymentDate the payment date
 * @param paymentMethod the payment method
 * @param totalPaid the total paid
 * @param fingerprint the digest of its content (tells a resend from a different remittance)
 * @param receivedAt when it was first taken
 * @param status taken or quarantined
 * @param source JSON or X12
 * @param claimCount how many claim payments it holds
 * @param providerAdjustmentTotal the sum of its PLB adjustments
 * @param imbalances why it is quarantined (empty otherwise), each with the claim (CLP01) it concerns or null
 */
public record ReceivedRemittance(UUID id, String payerId, String traceNumber, LocalDate paymentDate,
        PaymentMethod paymentMethod, Money totalPaid, String fingerprint, Instant receivedAt, RemittanceStatus status,
        String source, int claimCount, Money providerAdjustmentTotal, List<Located> imbalances) {

    public ReceivedRemittance {
        imbalances = List.copyOf(imbalances);
    }

    /** What a claim payment needs to know of it. */
    public RemittanceRef ref() {
        return new RemittanceRef(id, payerId, traceNumber, paymentDate);
    }

    /**
     * A broken balancing rule with the claim it concerns.
     *
     * @param imbalance the rule and both sides
     * @param claimId the claim (CLP01) for a claim or line rule, else null
     * @param message the sentence stored with it
     */
    public record Located(Imbalance imbalance, String claimId, String message) {
    }
}
