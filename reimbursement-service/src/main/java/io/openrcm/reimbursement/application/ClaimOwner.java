package io.openrcm.reimbursement.application;

/**
 * Whose a claim is, as claim-service submitted it: its practice (billing-provider NPI), which decides who may see
 * its payments, and its patient, which the audit records. Either may be null for a claim submitted before they were
 * recorded.
 */
public record ClaimOwner(String practice, String patientId) {
}
