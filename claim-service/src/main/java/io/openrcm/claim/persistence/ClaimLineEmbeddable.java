package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Row of the {@code claim_line} table; modifiers and diagnosis pointers are comma-separated, in order. */
@Embeddable
public class ClaimLineEmbeddable {

    @Column(name = "line_number", nullable = false)
    public int lineNumber;
    @Column(nullable = false)
    public String code;
    @Column(name = "code_system")
    public String codeSystem;
    @Column(nullable = false)
    public String modifiers;
    @Column(nullable = false)
    public int units;
    @Column(name = "diagnosis_pointers", nullable = false)
    public String diagnosisPointers;
    @Column(name = "unit_fee", nullable = false, precision = 14, scale = 2)
    public BigDecimal unitFee;
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal charge;
    @Column(name = "date_of_service", nullable = false)
    public LocalDate dateOfService;
}
