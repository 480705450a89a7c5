package io.openrcm.reimbursement.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A claim payment was posted to the ledger.
 *
 * @param paymentId the claim payment
 * @param remittance the remittance it came in
 * @param payment what the payer said about the claim
 * @param enrichment what posting decided about it
 * @param reversalOf the payment a reversal takes back, or null
 * @param ledger the ledger lines written
 * @param occurredAt when it was posted
 */
public record PaymentPosted(UUID paymentId, RemittanceRef remittance, ClaimPayment payment, Enrichment enrichment,
        UUID reversalOf, List<LedgerLine> ledger, Instant occurredAt) implements PostingDomainEvent {
}
