package io.openrcm.reimbursement.application;

/**
 * The outcome of taking a remittance.
 *
 * @param created true the first time; false when the same remittance had been taken before (nothing new posted)
 * @param remittance the remittance as stored
 */
public record PostingResult(boolean created, RemittanceView remittance) {
}
