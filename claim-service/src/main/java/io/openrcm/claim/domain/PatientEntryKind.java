package io.openrcm.claim.domain;

/** What a patient-side entry on a claim does to what the patient owes. */
public enum PatientEntryKind {
    /** The patient paid: lowers what is owed. */
    PAYMENT,
    /**
     * Collected at the time of service, before the payers adjudicated (a copay): held while insurance has the claim,
     * applied to the patient's share once it is done (lowers what is owed; more than the share is a credit to refund).
     */
    COPAY,
    /** Money paid by the patient went back to the patient: raises what is owed (or lowers a credit). */
    REFUND,
    /** A balance too small to collect was written off by the practice's rule: lowers what is owed. */
    WRITE_OFF
}
