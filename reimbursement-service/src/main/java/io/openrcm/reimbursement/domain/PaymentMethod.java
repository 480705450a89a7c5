package io.openrcm.reimbursement.domain;

import java.util.Optional;

/** How the payer moved the money (X12 835 BPR04). */
public enum PaymentMethod {
    /** Automated Clearing House transfer. */
    ACH,
    /** Paper check. */
    CHK,
    /** No payment (for example an all-denial remittance). */
    NON,
    /** Financial institution option. */
    BOP,
    /** Federal Reserve wire transfer. */
    FWT;

    /** The method of a code, or empty when the code is not one of ours. */
    public static Optional<PaymentMethod> fromCode(String code) {
        for (PaymentMethod m : values()) {
            if (m.name().equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
