package io.openrcm.reimbursement.domain;

/** The kinds of ledger entry a posted claim payment produces. */
public enum LedgerEntryType {
    /** What the payer paid. */
    PAYMENT,
    /** A non-patient adjustment (CO, OA, PI, CR). */
    ADJUSTMENT,
    /** A PR adjustment: the part of the charge the patient owes. */
    PATIENT_RESPONSIBILITY
}
