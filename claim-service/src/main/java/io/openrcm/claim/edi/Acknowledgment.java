package io.openrcm.claim.edi;

import java.util.List;

/**
 * What a 999 or 277CA file says about the claims we sent.
 *
 * @param kind "999" or "277CA" (a 277 claim status response, 005010X212, is read like a 277CA)
 * @param transactions per acknowledged 837 transaction set (999 AK2/IK5); empty for a 277
 * @param groups per acknowledged functional group (999 AK1/AK9); empty for a 277
 * @param claims per claim (277 TRN*2 and STC); empty for a 999
 * @param warnings envelope irregularities found while reading
 */
public record Acknowledgment(String kind, List<TransactionAck> transactions, List<GroupAck> groups,
        List<ClaimAck> claims, List<String> warnings) {

    Acknowledgment withWarnings(List<String> found) {
        return new Acknowledgment(kind, transactions, groups, claims, List.copyOf(found));
    }

    /**
     * A 999's verdict on one transaction set.
     *
     * @param groupControlNumber AK102, our GS06
     * @param transactionControlNumber AK202, our ST02
     * @param accepted IK501 A or E
     * @param codes the reasons as {@code 999:<code>} (IK5 syntax error codes, IK3/IK4 errors)
     * @param message a sentence
     */
    public record TransactionAck(String groupControlNumber, String transactionControlNumber, boolean accepted,
            List<String> codes, String message) {
    }

    /**
     * A 999's verdict on a functional group as a whole (AK9).
     *
     * @param groupControlNumber AK102
     * @param accepted AK901 A, E or P
     * @param code AK901
     */
    public record GroupAck(String groupControlNumber, boolean accepted, String code) {
    }

    /**
     * A 277CA's verdict on one claim.
     *
     * @param patientControlNumber TRN02, our CLM01 (the claim id)
     * @param payerClaimControlNumber REF*1K when given
     * @param accepted no STC in a rejecting category (A3, A4, A6, A7, A8, E0-E4)
     * @param codes every STC01 as {@code 277CA:<category>:<status>[:<entity>]}
     */
    public record ClaimAck(String patientControlNumber, String payerClaimControlNumber, boolean accepted,
            List<String> codes) {
    }
}
