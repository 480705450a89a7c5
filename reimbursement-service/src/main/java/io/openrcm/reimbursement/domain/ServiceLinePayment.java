package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a payer says about one service line of a claim (the X12 835 loop 2110: SVC with its DTM, CAS, REF, AMT, LQ).
 *
 * @param qualifier the code list of the adjudicated code (SVC01-1, such as HC for HCPCS/CPT)
 * @param code the adjudicated procedure code (SVC01-2)
 * @param modifiers the adjudicated modifiers (SVC01-3..6)
 * @param charge the line charge (SVC02)
 * @param paid what the payer paid on the line (SVC03)
 * @param revenueCode the NUBC revenue code (SVC04); may be null
 * @param units the units paid (SVC05); 1 when absent
 * @param originalCode the code as submitted when the payer restated it (SVC06-2); may be null
 * @param originalModifiers the modifiers as submitted when the payer restated the code (SVC06-3..6)
 * @param serviceDate the line's date of service (DTM 472 or 150); may be null
 * @param adjustments the line's adjustments (CAS), in the order given
 * @param remarkCodes the line's remittance advice remark codes (LQ*HE)
 * @param lineControlNumber the line item control number (REF*6R); may be null
 * @param allowedAmount the payer's stated allowed amount (AMT*B6); may be null
 */
public record ServiceLinePayment(String qualifier, String code, List<String> modifiers, Money charge, Money paid,
        String revenueCode, BigDecimal units, String originalCode, List<String> originalModifiers,
        LocalDate serviceDate, List<Adjustment> adjustments, List<String> remarkCodes, String lineControlNumber,
        Money allowedAmount) {

    public ServiceLinePayment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(paid, "paid");
        modifiers = List.copyOf(modifiers);
        originalModifiers = originalModifiers == null ? List.of() : List.copyOf(originalModifiers);
        adjustments = List.copyOf(adjustments);
        remarkCodes = remarkCodes == null ? List.of() : List.copyOf(remarkCodes);
        units = units == null ? BigDecimal.ONE : units;
    }

    /** The sum of the line's adjustments. */
    public Money adjustmentTotal() {
        return Money.sum(adjustments.stream().map(Adjustment::amount).toList());
    }

    /** What the payer allowed, as this service defines it: the charge less the contractual (CO) adjustments. */
    public Money allowed() {
        return charge.minus(Money.sum(adjustments.stream().filter(a -> a.group() == AdjustmentGroup.CO)
                .map(Adjustment::amount).toList()));
    }

    /** True when the line balances: charge - paid = the sum of its adjustments. */
    public boolean balances() {
        return charge.minus(paid).equals(adjustmentTotal());
    }
}
