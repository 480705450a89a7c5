package io.openrcm.reimbursement.api;

import java.util.List;

/**
 * Body of {@code POST /remittances}. Every scalar is read as text (a JSON number is accepted wherever an amount or a
 * code is expected), so that {@link RemittanceRequestReader} can report every problem with its JSON pointer at once.
 *
 * @param payerId the payer
 * @param traceNumber the payer's trace number (EFT or check number)
 * @param paymentDate ISO date
 * @param paymentMethod ACH, CHK, NON, BOP or FWT
 * @param totalPaid the total paid, at most 2 decimals
 * @param claims 1 to 1000 claim payments
 */
public record RemittanceRequest(String payerId, String traceNumber, String paymentDate, String paymentMethod,
        String totalPaid, List<ClaimPaymentRequest> claims) {

    /**
     * One claim payment.
     *
     * @param claimId our claim id
     * @param statusCode the payer's claim status code
     * @param payerClaimControlNumber the payer's reference for the claim
     * @param chargeAmount the charge
     * @param paidAmount the amount paid
     * @param patientResponsibility the patient's share; 0 when absent
     * @param adjustments the adjustments; none when absent
     */
    public record ClaimPaymentRequest(String claimId, String statusCode, String payerClaimControlNumber,
            String chargeAmount, String paidAmount, String patientResponsibility, List<AdjustmentRequest> adjustments) {
    }

    /**
     * One adjustment.
     *
     * @param group CO, PR, OA, PI or CR
     * @param reason the claim adjustment reason code, 1 to 5 letters or digits
     * @param amount the amount; may be negative
     */
    public record AdjustmentRequest(String group, String reason, String amount) {
    }
}
