package io.openrcm.claim.domain;

/**
 * Decides who a claim's balance is with after a payer adjudicated it: the next coverage when one exists and the
 * payers left something open (unpaid and not written off, the patient's share included, which a secondary often
 * covers); else the patient when a patient responsibility remains; else it stays with the payer that adjudicated.
 */
public final class CoordinationRule {

    private CoordinationRule() {
    }

    /** Who the balance is with after the payer at {@code adjudicatedAs} adjudicated the claim to {@code after}. */
    public static Responsibility next(Responsibility adjudicatedAs, ClaimDetails details, Balance after) {
        int nextPosition = adjudicatedAs.position() + 1;
        if (adjudicatedAs.isPayer() && nextPosition < details.coverages().size() && after.open().isPositive()) {
            return Responsibility.payerAt(nextPosition);
        }
        if (after.patientResponsibility().isPositive()) {
            return Responsibility.PATIENT;
        }
        return adjudicatedAs;
    }
}
