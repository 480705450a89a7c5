package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;
import java.util.Objects;

/**
 * What one side posted to one claim, summed over all its postings: paid, non-patient adjustments, patient
 * responsibility. The ledger's totals and claim-service's applied totals are both told in these terms.
 *
 * @param claimId the claim
 * @param paid paid by the payer
 * @param adjustments non-patient adjustments (every group but PR)
 * @param patientResponsibility the patient's share (group PR)
 */
public record LedgerTotals(String claimId, Money paid, Money adjustments, Money patientResponsibility) {

    public LedgerTotals {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(adjustments, "adjustments");
        Objects.requireNonNull(patientResponsibility, "patientResponsibility");
    }

    /** True when the three figures are the same. */
    public boolean sameFiguresAs(LedgerTotals other) {
        return paid.equals(other.paid) && adjustments.equals(other.adjustments)
                && patientResponsibility.equals(other.patientResponsibility);
    }
}
