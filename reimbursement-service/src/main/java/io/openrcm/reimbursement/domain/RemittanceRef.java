package io.openrcm.reimbursement.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The remittance a claim payment came in, as far as the payment needs it.
 *
 * @param id the stored remittance
 * @param payerId the payer
 * @param traceNumber the payer's trace number
 * @param paymentDate the payment date
 */
public record RemittanceRef(UUID id, String payerId, String traceNumber, LocalDate paymentDate) {

    public RemittanceRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(paymentDate, "paymentDate");
    }
}
