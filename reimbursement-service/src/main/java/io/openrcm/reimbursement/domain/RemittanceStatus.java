package io.openrcm.reimbursement.domain;

/** How a remittance was stored: taken (its claim payments posted or waiting) or quarantined (nothing posted). */
public enum RemittanceStatus {
    /** Balanced and taken; unique per payer and trace number. */
    TAKEN,
    /** Unbalanced: kept with its imbalances, nothing posted, never forced. */
    QUARANTINED
}
