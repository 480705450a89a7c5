package io.openrcm.payersim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One claim of an 837P as the payer reads it: what it needs to acknowledge, adjudicate and name in its answers.
 * Holds patient data: never logged.
 *
 * @param claimId CLM01 (the patient control number, claim-service's claim id)
 * @param charge CLM02
 * @param payerId NM1*PR NM109
 * @param memberId NM1*IL NM109
 * @param lastName NM1*QC (else NM1*IL) last name
 * @param firstName its first name
 * @param billingNpi NM1*85 NM109
 * @param billingName NM1*85 NM103
 * @param billingTaxId REF*EI of the billing provider
 * @param lines the service lines (LX/SV1/DTP*472)
 */
public record SubmittedClaim(String claimId, BigDecimal charge, String payerId, String memberId, String lastName,
        String firstName, String billingNpi, String billingName, String billingTaxId, List<Line> lines) {

    /**
     * One service line.
     *
     * @param number LX01
     * @param code SV101-2
     * @param modifiers SV101-3..6
     * @param charge SV102
     * @param units SV104
     * @param serviceDate DTP*472 (the first day of a range); null when missing
     */
    public record Line(int number, String code, List<String> modifiers, BigDecimal charge, BigDecimal units,
            LocalDate serviceDate) {
    }

    /** The sum of the lines' charges (equal to {@link #charge()} in a balanced claim). */
    public BigDecimal lineTotal() {
        return lines.stream().map(Line::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The first date of service of the claim; null when no line has one. */
    public LocalDate firstServiceDate() {
        return lines.stream().map(Line::serviceDate).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
    }

    /** The last date of service. */
    public LocalDate lastServiceDate() {
        return lines.stream().map(Line::serviceDate).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
    }
}
