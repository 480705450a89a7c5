package io.openrcm.reimbursement.application;

/** claim-service did not answer a reconciliation read (down, slow, or an unexpected answer). */
public class ClaimServiceUnavailableException extends RuntimeException {

    public ClaimServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
