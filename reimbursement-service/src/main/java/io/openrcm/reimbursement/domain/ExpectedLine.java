package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * One service line of a claim as we submitted it, which a remittance line is matched to.
 *
 * @param lineNumber our line number
 * @param code the procedure code submitted
 * @param modifiers the modifiers submitted
 * @param dateOfService the line's date of service; may be null
 * @param charge the line charge
 * @param units the units submitted
 */
public record ExpectedLine(int lineNumber, String code, List<String> modifiers, LocalDate dateOfService,
        Money charge, int units) {

    public ExpectedLine {
        modifiers = List.copyOf(modifiers);
    }

    /** A line of one unit. */
    public ExpectedLine(int lineNumber, String code, List<String> modifiers, LocalDate dateOfService, Money charge) {
        this(lineNumber, code, modifiers, dateOfService, charge, 1);
    }
}
