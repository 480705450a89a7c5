package io.openrcm.reimbursement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Row of {@code expected_claim_line}: one service line of an expected claim. */
@Embeddable
public class ExpectedClaimLineColumns {

    @Column(name = "line_number", nullable = false)
    public int lineNumber;
    @Column(name = "code", nullable = false)
    public String code;
    /** Modifiers joined with commas, empty for none. */
    @Column(name = "modifiers", nullable = false)
    public String modifiers;
    @Column(name = "units", nullable = false)
    public int units;
    @Column(name = "charge", nullable = false, precision = 14, scale = 2)
    public BigDecimal charge;
    @Column(name = "date_of_service")
    public LocalDate dateOfService;
}
