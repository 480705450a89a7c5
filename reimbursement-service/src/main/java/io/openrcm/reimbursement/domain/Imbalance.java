package io.openrcm.reimbursement.domain;

import java.util.Objects;

/**
 * A balancing rule a remittance breaks, with both sides and their exact difference.
 *
 * @param rule the rule broken
 * @param claimIndex the position of the claim payment in the remittance; -1 for the remittance-level rule
 * @param stated the side the payer stated (totalPaid, chargeAmount - paidAmount, patientResponsibility)
 * @param computed the side computed from the details (sum of paidAmount, of adjustments, of PR adjustments)
 */
public record Imbalance(Rule rule, int claimIndex, Money stated, Money computed) {

    /** The balancing rules of a remittance. */
    public enum Rule {
        /** totalPaid = sum of the claims' paidAmount. */
        TOTAL_PAID,
        /** chargeAmount - paidAmount = sum of the claim's adjustments. */
        CLAIM_ADJUSTMENTS,
        /** patientResponsibility = sum of the claim's PR adjustments. */
        PATIENT_RESPONSIBILITY
    }

    public Imbalance {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(computed, "computed");
    }

    /** stated - computed: what the details would have to add to balance. */
    public Money difference() {
        return stated.minus(computed);
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
        };
    }
}
