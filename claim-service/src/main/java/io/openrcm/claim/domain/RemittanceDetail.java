package io.openrcm.claim.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The part of a payer's remittance for a claim that the next payer is billed with: who paid, when, the claim-level
 * adjustments and each line's adjudication.
 *
 * @param payerId the payer that sent the remittance
 * @param paymentDate the payment date
 * @param claimAdjustments the claim-level adjustments, line ones excluded
 * @param lines the line adjudications
 */
public record RemittanceDetail(String payerId, LocalDate paymentDate, List<Adjustment> claimAdjustments,
        List<LineAdjudication> lines) {

    public RemittanceDetail {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(paymentDate, "paymentDate");
        claimAdjustments = claimAdjustments == null ? List.of() : List.copyOf(claimAdjustments);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** What this payer decided, as the position it adjudicated the claim as. */
    public PayerAdjudication asAdjudication(Responsibility as, PaymentPosting posting) {
        return new PayerAdjudication(as, payerId, posting.claimStatusCode(), posting.paidAmount(),
                posting.patientResponsibility(), claimAdjustments, lines, paymentDate);
    }
}
