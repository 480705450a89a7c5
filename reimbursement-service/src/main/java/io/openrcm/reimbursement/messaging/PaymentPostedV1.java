package io.openrcm.reimbursement.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Payload of {@code PaymentPosted} version 1 on {@code rcm.reimbursement.payment-posted.v1}; the contract is
 * {@code events/payment-posted.v1.schema.json} and its golden example. Amounts are strings with two decimals.
 *
 * @param paymentId the claim payment posted
 * @param remittanceId the remittance it came in
 * @param claimId the claim paid (also the Kafka key)
 * @param payerId the payer
 * @param payerClaimControlNumber the payer's reference for the claim; may be null
 * @param claimStatusCode the payer's claim status code (X12 835 CLP02)
 * @param chargeAmount the charge the payer considered
 * @param paidAmount what the payer paid
 * @param patientResponsibility what the patient owes
 * @param adjustments every adjustment, in the payer's order
 * @param reversalOf the payment this one reverses; always null until reversals exist
 * @param paymentDate the payment's date, ISO 8601
 * @param postedAt when it was posted to the ledger, ISO 8601 UTC with milliseconds
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PaymentPostedV1(String paymentId, String remittanceId, String claimId, String payerId,
        String payerClaimControlNumber, String claimStatusCode, String chargeAmount, String paidAmount,
        String patientResponsibility, List<AdjustmentV1> adjustments, String reversalOf, String paymentDate,
        String postedAt) {

    /** Event type, past tense. */
    public static final String TYPE = "PaymentPosted";
    /** Payload schema version. */
    public static final int VERSION = 1;
    /** Aggregate type in the outbox. */
    public static final String AGGREGATE_TYPE = "ClaimPayment";

    /**
     * One adjustment.
     *
     * @param group the group code (CO, PR, OA, PI, CR)
     * @param reason the claim adjustment reason code (CARC)
     * @param amount the amount, may be negative
     */
    public record AdjustmentV1(String group, String reason, String amount) {
    }
}
