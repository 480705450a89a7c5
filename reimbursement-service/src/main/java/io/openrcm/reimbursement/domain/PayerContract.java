package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A payer contract line: the allowed amount per unit we expect from a payer for a code, over a period.
 *
 * @param id id
 * @param payerId our payer id (as in ClaimSubmitted)
 * @param code the procedure code
 * @param modifier one modifier, or "" for a rate whatever the modifiers
 * @param expectedAllowed the allowed amount expected per unit
 * @param effectiveFrom first day in effect
 * @param effectiveTo last day in effect, or null for open-ended
 */
public record PayerContract(UUID id, String payerId, String code, String modifier, Money expectedAllowed,
        LocalDate effectiveFrom, LocalDate effectiveTo) {

    public PayerContract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(expectedAllowed, "expectedAllowed");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
