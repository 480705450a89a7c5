package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;

import java.time.LocalDate;
import java.util.List;

/** Object Mother of remittances for the domain tests: the golden example's numbers by default. */
public final class Remittances {

    private Remittances() {
    }

    public static Money money(String amount) {
        return Money.parse(amount);
    }

    public static Adjustment adjustment(AdjustmentGroup group, String reason, String amount) {
        return new Adjustment(group, reason, money(amount));
    }

    /** Charge 160.00, paid 100.00, CO-45 40.00, PR-2 20.00, patient 20.00: balanced. */
    public static ClaimPayment balancedClaim(String claimId) {
        return claim(claimId, "160.00", "100.00", "20.00",
                adjustment(AdjustmentGroup.CO, "45", "40.00"), adjustment(AdjustmentGroup.PR, "2", "20.00"));
    }

    public static ClaimPayment claim(String claimId, String charge, String paid, String patient,
            Adjustment... adjustments) {
        return new ClaimPayment(claimId, ClaimStatusCode.PROCESSED_AS_PRIMARY, "PCN-" + claimId, money(charge),
                money(paid), money(patient), List.of(adjustments));
    }

    public static Remittance remittance(String totalPaid, ClaimPayment... claims) {
        return new Remittance("BCBS-IL", "EFT-000123", LocalDate.of(2026, 11, 20), PaymentMethod.ACH,
                money(totalPaid), List.of(claims));
    }
}
