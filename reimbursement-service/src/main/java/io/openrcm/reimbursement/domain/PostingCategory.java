package io.openrcm.reimbursement.domain;

/** What a ledger entry stands for: the payment, or the kind of adjustment by group and (for PR) reason. */
public enum PostingCategory {
    PAYMENT,
    /** CO: contractual obligation, written off. */
    CONTRACTUAL,
    /** PR-1. */
    DEDUCTIBLE,
    /** PR-2. */
    COINSURANCE,
    /** PR-3. */
    COPAY,
    /** PR with any other reason. */
    PATIENT_OTHER,
    /** OA. */
    OTHER_ADJUSTMENT,
    /** PI. */
    PAYER_INITIATED,
    /** CR. */
    CORRECTION;

    /** The category of an adjustment. */
    public static PostingCategory of(Adjustment a) {
        return switch (a.group()) {
            case CO -> CONTRACTUAL;
            case OA -> OTHER_ADJUSTMENT;
            case PI -> PAYER_INITIATED;
            case CR -> CORRECTION;
            case PR -> switch (a.reason()) {
                case "1" -> DEDUCTIBLE;
                case "2" -> COINSURANCE;
                case "3" -> COPAY;
                default -> PATIENT_OTHER;
            };
        };
    }
}
