package io.openrcm.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated remittance advice: one payment (BPR/TRN) and its claim payments (CLP), each explained line by line
 * (SVC with CAS). Signs are the 835's: a reversal carries negative amounts.
 *
 * @param payerId the payer
 * @param traceNumber the trace number (TRN02), unique per run
 * @param paymentDate the payment date (BPR16)
 * @param claims the claim payments in order
 */
record Remittance(String payerId, String traceNumber, LocalDate paymentDate, List<ClaimPayment> claims) {

    /** BPR02: the sum of the claim payments. */
    BigDecimal totalPaid() {
        return claims.stream().map(ClaimPayment::paid).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** One claim payment (CLP loop). */
    record ClaimPayment(String claimId, String statusCode, String payerClaimControlNumber, String patientId,
            String dateOfService, List<LinePayment> lines) {

        BigDecimal charge() {
            return lines.stream().map(LinePayment::charge).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        BigDecimal paid() {
            return lines.stream().map(LinePayment::paid).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        /** CLP05: the sum of the PR adjustments. */
        BigDecimal patientResponsibility() {
            return claimAdjustments().stream().filter(a -> a.group().equals("PR")).map(Adjustment::amount)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        /** The line adjustments summed by group and reason, for the JSON form (which has no lines). */
        List<Adjustment> claimAdjustments() {
            Map<String, Adjustment> sums = new LinkedHashMap<>();
            for (LinePayment line : lines) {
                for (Adjustment a : line.adjustments()) {
                    sums.merge(a.group() + "-" + a.reason(), a,
                            (x, y) -> new Adjustment(x.group(), x.reason(), x.amount().add(y.amount())));
                }
            }
            return List.copyOf(sums.values());
        }
    }

    /** One service line payment (SVC loop); REF*6R carries our claim line number. */
    record LinePayment(int lineNumber, String code, List<String> modifiers, int units, BigDecimal charge,
            BigDecimal paid, List<Adjustment> adjustments) {
    }

    /** One adjustment (CAS): group CO, PR, OA, PI or CR, a reason code and an amount. */
    record Adjustment(String group, String reason, BigDecimal amount) {
    }
}
