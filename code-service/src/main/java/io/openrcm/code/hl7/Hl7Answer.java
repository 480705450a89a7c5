package io.openrcm.code.hl7;

/**
 * The acknowledgment of one message.
 *
 * @param ack the ACK in ER7
 * @param code AA, AE or AR
 * @param notPermitted true when the sender may not send for the message's facility (HTTPS answers 403)
 */
public record Hl7Answer(String ack, String code, boolean notPermitted) {
}
