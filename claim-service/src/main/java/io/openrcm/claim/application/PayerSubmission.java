package io.openrcm.claim.application;

/**
 * A payer's submission settings with their defaults applied.
 *
 * @param receiverId ISA08 / GS03
 * @param receiverQualifier ISA07
 * @param ediPayerId loop 2010BB NM109
 * @param autoSubmit whether the scheduler sends its READY claims
 * @param usageIndicator ISA15
 */
public record PayerSubmission(String receiverId, String receiverQualifier, String ediPayerId, boolean autoSubmit,
        String usageIndicator) {

    /** The settings given, each missing one at its default. */
    public static PayerSubmission of(String receiverId, String receiverQualifier, String ediPayerId,
            Boolean autoSubmit, String usageIndicator, String payerId) {
        return new PayerSubmission(receiverId == null ? "CLEARINGHOUSE" : receiverId,
                receiverQualifier == null ? "ZZ" : receiverQualifier, ediPayerId == null ? payerId : ediPayerId,
                autoSubmit == null || autoSubmit, usageIndicator == null ? "P" : usageIndicator);
    }
}
