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
     * @param adjustments the claim-level adjustments; none when absent
     * @param lines the service lines with their adjustments; none when absent
     * @param remarkCodes claim-level remark codes (RARC); none when absent
     */
    public record ClaimPaymentRequest(String claimId, String statusCode, String payerClaimControlNumber,
            String chargeAmount, String paidAmount, String patientResponsibility, List<AdjustmentRequest> adjustments,
            List<LineRequest> lines, List<String> remarkCodes) {

        /** A claim payment without line detail. */
        public ClaimPaymentRequest(String claimId, String statusCode, String payerClaimControlNumber,
                String chargeAmount, String paidAmount, String patientResponsibility,
                List<AdjustmentRequest> adjustments) {
            this(claimId, statusCode, payerClaimControlNumber, chargeAmount, paidAmount, patientResponsibility,
                    adjustments, null, null);
        }
    }

    /**
     * One service line.
     *
     * @param code the procedure code
     * @param modifiers the modifiers
     * @param chargeAmount the line charge
     * @param paidAmount what was paid on it
     * @param units the units; 1 when absent
     * @param dateOfService ISO date, may be absent
     * @param adjustments the line's adjustments
     * @param remarkCodes the line's remark codes
     */
    public record LineRequest(String code, List<String> modifiers, String chargeAmount, String paidAmount,
            String units, String dateOfService, List<AdjustmentRequest> adjustments, List<String> remarkCodes) {
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
