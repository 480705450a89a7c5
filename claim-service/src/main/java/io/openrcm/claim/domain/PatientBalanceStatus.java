package io.openrcm.claim.domain;

/** Where a claim stands for its patient. */
public enum PatientBalanceStatus {
    /** A payer still has the claim: what the patient will owe is not known yet, and nothing is collected. */
    WITH_INSURANCE,
    /** Insurance is done and left nothing to the patient. */
    NOTHING_OWED,
    /** Insurance is done and the patient owes a balance. */
    OWES,
    /** The patient paid everything insurance left to them: the claim is closed for the patient. */
    PAID_IN_FULL,
    /** Nothing is owed any more because a small balance was written off. */
    WRITTEN_OFF,
    /** The patient paid more than they now owe (a later payer took over part of it): a refund is due. */
    CREDIT
}
