package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;

import java.util.Objects;

/**
 * A balancing rule a remittance breaks, with both sides and their exact difference.
 *
 * @param rule the rule broken
 * @param claimIndex the position of the claim payment in the remittance; -1 for the remittance-level rule
 * @param lineIndex the position of the service line in its claim; -1 unless the rule is per line
 * @param stated the side the payer stated (totalPaid, charge - paid, patientResponsibility)
 * @param computed the side computed from the details (sum of paid less provider adjustments, sum of adjustments...)
 */
public record Imbalance(Rule rule, int claimIndex, int lineIndex, Money stated, Money computed) {

    /** The balancing rules of a remittance. */
    public enum Rule {
        /** totalPaid (BPR02) = sum of the claims' paidAmount (CLP04) - sum of the provider adjustments (PLB). */
        TOTAL_PAID,
        /** chargeAmount - paidAmount (CLP03 - CLP04) = sum of the claim's adjustments, its lines' included. */
        CLAIM_ADJUSTMENTS,
        /** patientResponsibility (CLP05) = sum of the claim's PR adjustments, its lines' included. */
        PATIENT_RESPONSIBILITY,
        /** line charge - line paid (SVC02 - SVC03) = sum of the line's adjustments. */
        LINE_ADJUSTMENTS
    }

    public Imbalance {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(computed, "computed");
    }

    /** A claim- or remittance-level imbalance. */
    public Imbalance(Rule rule, int claimIndex, Money stated, Money computed) {
        this(rule, claimIndex, -1, stated, computed);
    }

    /** stated - computed: what the details would have to add to balance. */
    public Money difference() {
        return stated.minus(computed);
    }

    /** Where it is: "remittance", "claim 2" or "claim 2 line 0" (positions from 0). */
    public String location() {
        if (claimIndex < 0) {
            return "remittance";
        }
        return lineIndex < 0 ? "claim " + claimIndex : "claim " + claimIndex + " line " + lineIndex;
    }

    /** A sentence naming both sides and the exact difference. */
    public String message() {
        return switch (rule) {
            case TOTAL_PAID -> "totalPaid " + stated + " does not equal the sum of the claims' paidAmount " + computed
                    + " (difference " + difference() + ")";
            case CLAIM_ADJUSTMENTS -> "chargeAmount - paidAmount is " + stated + " but the adjustments add up to "
                    + computed + " (difference " + difference() + ")";
            case PATIENT_RESPONSIBILITY -> "patientResponsibility " + stated
                    + " does not equal the sum of the PR adjustments " + computed + " (difference " + difference()
                    + ")";
            case LINE_ADJUSTMENTS -> "line charge - paid is " + stated + " but the line's adjustments add up to "
                    + computed + " (difference " + difference() + ")";
        };
    }
}
