package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a payer says about one claim in a remittance (the X12 835 CLP loop): charge, payment, patient share, the
 * claim-level adjustments, and the service lines with theirs.
 *
 * @param claimId our claim id as the payer echoes it (CLP01)
 * @param status the payer's claim status (CLP02)
 * @param payerClaimControlNumber the payer's own reference for the claim (CLP07); may be null
 * @param charge the charge the payer considered (CLP03)
 * @param paid what the payer paid (CLP04)
 * @param patientResponsibility what the patient owes (CLP05)
 * @param adjustments the claim-level adjustments (CAS), in the order given
 * @param lines the service lines (SVC loops), in the order given; may be empty
 * @param remarkCodes claim-level remark codes (RARC, from MOA/MIA)
 * @param serviceDate the claim's statement date (DTM 232); may be null
 */
public record ClaimPayment(String claimId, ClaimStatusCode status, String payerClaimControlNumber, Money charge,
        Money paid, Money patientResponsibility, List<Adjustment> adjustments, List<ServiceLinePayment> lines,
        List<String> remarkCodes, LocalDate serviceDate) {

    public ClaimPayment {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(patientResponsibility, "patientResponsibility");
        adjustments = List.copyOf(adjustments);
        lines = lines == null ? List.of() : List.copyOf(lines);
        remarkCodes = remarkCodes == null ? List.of() : List.copyOf(remarkCodes);
    }

    /** A claim payment without line detail (the JSON form). */
    public ClaimPayment(String claimId, ClaimStatusCode status, String payerClaimControlNumber, Money charge,
            Money paid, Money patientResponsibility, List<Adjustment> adjustments) {
        this(claimId, status, payerClaimControlNumber, charge, paid, patientResponsibility, adjustments, List.of(),
                List.of(), null);
    }

    /** Every adjustment: the claim's, then each line's. */
    public List<Adjustment> allAdjustments() {
        return Stream.concat(adjustments.stream(), lines.stream().flatMap(l -> l.adjustments().stream())).toList();
    }

    /** The sum of every adjustment, claim- and line-level. */
    public Money adjustmentTotal() {
        return Money.sum(allAdjustments().stream().map(Adjustment::amount).toList());
    }

    /** The sum of the PR adjustments, claim- and line-level. */
    public Money patientResponsibilityAdjustments() {
        return Money.sum(allAdjustments().stream().filter(Adjustment::isPatientResponsibility)
                .map(Adjustment::amount).toList());
    }

    /**
     * The claim- and line-level balancing rules this payment breaks: charge - paid = sum of all its adjustments,
     * patientResponsibility = sum of the PR adjustments, and per line charge - paid = the line's adjustments.
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
        for (int i = 0; i < lines.size(); i++) {
            ServiceLinePayment line = lines.get(i);
            if (!line.balances()) {
                found.add(new Imbalance(Imbalance.Rule.LINE_ADJUSTMENTS, claimIndex, i,
                        line.charge().minus(line.paid()), line.adjustmentTotal()));
            }
        }
        return found;
    }

    /** True for a reversal of an earlier payment (CLP02 = 22). */
    public boolean isReversal() {
        return status == ClaimStatusCode.REVERSAL_OF_PREVIOUS_PAYMENT;
    }

    /**
     * The ledger entries posting this payment: the payment, then each claim-level adjustment, then each line's (PR
     * ones as patient responsibility). For a balanced payment they add up to the charge.
     */
    public List<LedgerLine> ledgerLines() {
        List<LedgerLine> entries = new ArrayList<>(adjustments.size() + 1);
        entries.add(new LedgerLine(LedgerEntryType.PAYMENT, PostingCategory.PAYMENT, null, null, paid, -1));
        for (Adjustment a : adjustments) {
            entries.add(LedgerLine.of(a, -1));
        }
        for (int i = 0; i < lines.size(); i++) {
            for (Adjustment a : lines.get(i).adjustments()) {
                entries.add(LedgerLine.of(a, i));
            }
        }
        return entries;
    }
}
