package io.openrcm.claim.domain;

/** A patient payment, refund or write-off the patient's balance on the claim does not allow; changes nothing. */
public class PatientBalanceException extends ClaimRuleException {

    private final String field;

    public PatientBalanceException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field the refusal is about (amount, claim). */
    public String field() {
        return field;
    }
}
