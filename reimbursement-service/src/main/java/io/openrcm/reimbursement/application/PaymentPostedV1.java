package io.openrcm.reimbursement.application;

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
 * @param chargeAmount the charge the payer considered (negative in a reversal)
 * @param paidAmount what the payer paid (negative in a reversal)
 * @param patientResponsibility what the patient owes
 * @param adjustments every adjustment, claim-level then each line's, in the payer's order
 * @param reversalOf the paymentId this posting reverses (CLP02 = 22), else null
 * @param paymentDate the payment's date, ISO 8601
 * @param postedAt when it was posted to the ledger, ISO 8601 UTC with milliseconds
 * @param lines the service lines with their adjustments and remark codes
 * @param remarkCodes claim-level remark codes (RARC)
 * @param denialCategory why the claim was denied, or null
 * @param expectedAllowed the allowed amount the payer contract leads us to expect, or null without a contract
 * @param underpaidAmount how much the allowed amount falls short of it (0.00 when it does not), or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PaymentPostedV1(String paymentId, String remittanceId, String claimId, String payerId,
        String payerClaimControlNumber, String claimStatusCode, String chargeAmount, String paidAmount,
        String patientResponsibility, List<AdjustmentV1> adjustments, String reversalOf, String paymentDate,
        String postedAt, List<LineV1> lines, List<String> remarkCodes, String denialCategory,
        String expectedAllowed, String underpaidAmount) {

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

    /**
     * One service line.
     *
     * @param lineNumber our claim line number, null when it could not be matched
     * @param code the procedure code as adjudicated (SVC01-2)
     * @param modifiers the modifiers as adjudicated
     * @param chargeAmount the line charge
     * @param paidAmount what was paid on the line
     * @param units the units paid, as a decimal string
     * @param adjustments the line's adjustments
     * @param remarkCodes the line's remark codes (LQ*HE)
     */
    public record LineV1(Integer lineNumber, String code, List<String> modifiers, String chargeAmount,
            String paidAmount, String units, List<AdjustmentV1> adjustments, List<String> remarkCodes) {
    }
}
