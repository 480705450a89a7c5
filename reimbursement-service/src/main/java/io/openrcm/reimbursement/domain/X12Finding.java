package io.openrcm.reimbursement.domain;

/**
 * Something wrong in an X12 remittance that was accepted with errors (999 IK5*E): it touches neither money nor
 * matching, so the remittance was taken and this is kept with it.
 *
 * @param location where, such as {@code ST 112233 / segment 2 BPR / element 16}
 * @param code the 999 code (IK403)
 * @param message a sentence
 */
public record X12Finding(String location, String code, String message) {
}
