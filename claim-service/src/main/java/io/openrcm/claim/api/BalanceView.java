package io.openrcm.claim.api;

/**
 * A claim's balance; amounts are decimal strings with two decimals.
 *
 * @param totalCharge the sum of the line charges
 * @param paid paid by the payer
 * @param adjustments non-patient adjustments
 * @param patientResponsibility the patient's share
 * @param outstanding totalCharge − paid − adjustments − patientResponsibility, or 0.00 when that is negative
 * @param creditBalance what was posted beyond the charge, to be refunded; 0.00 when nothing was
 */
public record BalanceView(String totalCharge, String paid, String adjustments, String patientResponsibility,
        String outstanding, String creditBalance) {
}
