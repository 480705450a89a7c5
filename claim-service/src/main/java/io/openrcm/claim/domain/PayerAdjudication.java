package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one payer decided on the claim, kept so the next payer can be billed with it (837 loops 2320 and 2430): its
 * claim status code, paid amount, claim-level adjustments, line adjudications and the date it paid.
 *
 * @param responsibility the position the payer adjudicated as
 * @param payerId the payer
 * @param claimStatusCode 835 CLP02
 * @param paid paid on the claim (AMT*D)
 * @param patientResponsibility what it left to the patient
 * @param claimAdjustments the claim-level adjustments (2320 CAS), line ones excluded
 * @param lines the line adjudications (2430)
 * @param adjudicationDate the payment date (DTP*573)
 */
public record PayerAdjudication(Responsibility responsibility, String payerId, String claimStatusCode, Money paid,
        Money patientResponsibility, List<Adjustment> claimAdjustments, List<LineAdjudication> lines,
        LocalDate adjudicationDate) {

    public PayerAdjudication {
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(patientResponsibility, "patientResponsibility");
        Objects.requireNonNull(adjudicationDate, "adjudicationDate");
        claimAdjustments = claimAdjustments == null ? List.of() : List.copyOf(claimAdjustments);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
