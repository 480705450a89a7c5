package io.openrcm.reimbursement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a payer says about one claim in a remittance (the X12 835 CLP loop): charge, payment, patient share and the
 * adjustments that explain the rest.
 *
 * @param claimId our claim id as the payer echoes it (CLP01)
 * @param status the payer's claim status (CLP02)
 * @param payerClaimControlNumber the payer's own reference for the claim (CLP07); may be null
 * @param charge the charge the payer considered (CLP03)
 * @param paid what the payer paid (CLP04)
 * @param patientResponsibility what the patient owes (CLP05)
 * @param adjustments the adjustments (CAS), in the order given
 */
public record ClaimPayment(String claimId, ClaimStatusCode status, String payerClaimControlNumber, Money charge,
        Money paid, Money patientResponsibility, List<Adjustment> adjustments) {

    public ClaimPayment {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(patientResponsibility, "patientResponsibility");
        adjustments = List.copyOf(adjustments);
    }

    /** The sum of every adjustment. */
    public Money adjustmentTotal() {
        return Money.sum(adjustments.stream().map(Adjustment::amount).toList());
    }

    /** The sum of the PR adjustments. */
    public Money patientResponsibilityAdjustments() {
        return Money.sum(adjustments.stream().filter(Adjustment::isPatientResponsibility).map(Adjustment::amount)
                .toList());
    }

    /**
     * The claim-level balancing rules this payment breaks: charge - paid = sum of adjustments, and
     * patientResponsibility = sum of PR adjustments.
     *
     * @param claimIndex the payment's position in its remittance, reported with each imbalance
     */
    public List<Imbalance> imbalances(int claimIndex) {
        List<Imbalance> found = new ArrayList<>(2);
        Money unpaid = charge.minus(paid);
        Money adjusted = adjustmentTotal();
        if (!unpaid.equals(adjusted)) {
            found.add(new Imbalance(Imbalance.Rule.CLAIM_ADJUSTMENTS, claimIndex, unpaid, adjusted));
        }
        Money patientShare = patientResponsibilityAdjustments();
        if (!patientResponsibility.equals(patientShare)) {
            found.add(new Imbalance(Imbalance.Rule.PATIENT_RESPONSIBILITY, claimIndex, patientResponsibility,
                    patientShare));
        }
        return found;
    }

    /**
     * The ledger entries posting this payment: the payment, then each adjustment in order (PR ones as patient
     * responsibility). For a balanced payment they add up to the charge.
     */
    public List<LedgerLine> ledgerLines() {
        List<LedgerLine> lines = new ArrayList<>(adjustments.size() + 1);
        lines.add(new LedgerLine(LedgerEntryType.PAYMENT, null, null, paid));
        for (Adjustment a : adjustments) {
            LedgerEntryType type = a.isPatientResponsibility() ? LedgerEntryType.PATIENT_RESPONSIBILITY
                    : LedgerEntryType.ADJUSTMENT;
            lines.add(new LedgerLine(type, a.group(), a.reason(), a.amount()));
        }
        return lines;
    }
}
