package io.openrcm.claim.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fields of reimbursement-service's PaymentPosted event (rcm.reimbursement.payment-posted.v1) that the claim
 * balance needs; every other field is ignored (tolerant reader). Amounts arrive as decimal strings.
 *
 * @param claimId the claim paid
 * @param paymentId the payment; applied at most once
 * @param claimStatusCode the 835 CLP02 claim status code
 * @param paidAmount paid by the payer
 * @param patientResponsibility moved to the patient
 * @param adjustments the adjustments, PR ones included
 * @param reversalOf the payment a reversal takes back (its amounts are negative); null otherwise
 * @param payerClaimControlNumber the payer's claim control number (CLP07), kept for corrections (REF*F8)
 * @param denialCategory the payer's denial category; null when not a denial
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentPostedPayload(String claimId, String paymentId, String claimStatusCode, BigDecimal paidAmount,
        BigDecimal patientResponsibility, List<AdjustmentPart> adjustments, String reversalOf,
        String payerClaimControlNumber, String denialCategory) {

    /** One adjustment: group code, CARC reason code, amount. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AdjustmentPart(String group, String reason, BigDecimal amount) {
    }
}
