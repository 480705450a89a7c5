package io.openrcm.code.hl7;

import java.math.BigDecimal;
import java.util.List;

/**
 * One FT1 as read: a charge, or a credit (FT1-6 CR or CD, or a negative FT1-10) that reverses one.
 *
 * @param sequence 1-based occurrence of the FT1 in the message
 * @param credit whether it reverses a charge
 * @param date FT1-4 as an ISO date, or null
 * @param code FT1-7.1 (else FT1-25.1), upper case
 * @param modifiers FT1-26 repetitions
 * @param units the absolute FT1-10 (1 when empty)
 * @param diagnoses FT1-19 codes as sent
 * @param performer FT1-20.1, or null
 */
record Ft1Charge(int sequence, boolean credit, String date, String code, List<String> modifiers, BigDecimal units,
        List<String> diagnoses, String performer) {

    /** Whether a credit reverses this charge: same code, modifiers and date. */
    boolean reversedBy(Ft1Charge credit) {
        return code.equals(credit.code) && modifiers.equals(credit.modifiers)
                && java.util.Objects.equals(date, credit.date);
    }

    Ft1Charge withUnits(BigDecimal newUnits) {
        return new Ft1Charge(sequence, credit, date, code, modifiers, newUnits, diagnoses, performer);
    }
}
