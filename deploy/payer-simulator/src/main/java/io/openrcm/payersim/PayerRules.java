package io.openrcm.payersim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What one payer pays: its allowed amount per procedure code (else a percentage of the charge) and the member's
 * share (copay on office visits, deductible, coinsurance).
 *
 * @param id the payer id claim-service writes in NM1*PR NM109 (such as {@code BCBS-IL})
 * @param name N1*PR N102 of its 835s
 * @param ein its tax id: TRN03 of its 835s is {@code 1} + the EIN
 * @param allowedPercent the allowed share of the charge for a code without a fee
 * @param allowed the fee schedule: allowed amount per procedure code
 * @param copay per office visit line (CPT 992xx)
 * @param deductible the most of the deductible one claim takes
 * @param deductibleRate how often a claim still meets the deductible
 * @param coinsurancePercent the member's share of what is left
 * @param claimFiling CLP06 of its 835s (12 PPO, MB Medicare Part B, HM HMO...)
 */
public record PayerRules(String id, String name, String ein, BigDecimal allowedPercent, Map<String, BigDecimal> allowed,
        BigDecimal copay, BigDecimal deductible, double deductibleRate, BigDecimal coinsurancePercent, String claimFiling) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** TRN03 of this payer's 835s, as a real EFT names its originator. */
    public String originatorId() {
        return "1" + ein;
    }

    /** The allowed amount of one line: the fee schedule's (times units), else the percentage, never above the charge. */
    public BigDecimal allowedFor(String code, BigDecimal charge, BigDecimal units) {
        BigDecimal fee = allowed.get(code);
        BigDecimal amount = fee != null ? fee.multiply(units)
                : charge.multiply(allowedPercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return amount.min(charge).setScale(2, RoundingMode.HALF_UP);
    }

    /** The coinsurance on an amount, to the cent. */
    public BigDecimal coinsuranceOf(BigDecimal amount) {
        return amount.multiply(coinsurancePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
