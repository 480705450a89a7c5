package io.openrcm.payersim;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the payer decided for one claim, as an 835 loop 2100 says it: balanced by construction (charge minus every
 * adjustment is the payment, per line and per claim).
 *
 * @param claim the claim as submitted
 * @param status CLP02: 1 processed as primary, 4 denied, 22 reversal of a previous payment
 * @param payerClaimControlNumber CLP07
 * @param lines the service lines' payments (SVC loops)
 */
public record ClaimPayment(SubmittedClaim claim, String status, String payerClaimControlNumber,
        List<LinePayment> lines) {

    /**
     * One adjustment (CAS): group CO, PR, OA...; reason a CARC; amount positive, or negative in a reversal.
     */
    public record Adjustment(String group, String reason, BigDecimal amount) {
    }

    /**
     * One service line's payment.
     *
     * @param line the line as billed
     * @param sign 1, or -1 for a reversal (every amount negated)
     * @param allowed AMT*B6; null for a denied line
     * @param paid SVC03
     * @param adjustments CAS of the line
     * @param remarks RARC (LQ*HE)
     */
    public record LinePayment(SubmittedClaim.Line line, int sign, BigDecimal allowed, BigDecimal paid,
            List<Adjustment> adjustments, List<String> remarks) {

        /** SVC02: the line's charge (negated in a reversal). */
        public BigDecimal charge() {
            return sign < 0 ? line.charge().negate() : line.charge();
        }
    }

    /** CLP03. */
    public BigDecimal charge() {
        return lines.stream().map(LinePayment::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** CLP04. */
    public BigDecimal paid() {
        return lines.stream().map(LinePayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** CLP05: every PR adjustment. */
    public BigDecimal patientResponsibility() {
        return lines.stream().flatMap(l -> l.adjustments().stream()).filter(a -> "PR".equals(a.group()))
                .map(Adjustment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The same payment taken back (CLP02 22): every amount negated, as a payer reverses what it paid before. */
    public ClaimPayment reversal() {
        return new ClaimPayment(claim, "22", payerClaimControlNumber, lines.stream().map(l -> new LinePayment(
                l.line(), -1, l.allowed() == null ? null : l.allowed().negate(), l.paid().negate(),
                l.adjustments().stream().map(a -> new Adjustment(a.group(), a.reason(), a.amount().negate()))
                        .toList(), l.remarks())).toList());
    }
}
