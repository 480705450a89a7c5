package io.openrcm.claim.application;

/**
 * Whose a claim is: its practice (billing-provider NPI), which decides who may see or change it, and its patient,
 * which the audit records.
 */
public record ClaimOwner(String practice, String patientId) {
}
