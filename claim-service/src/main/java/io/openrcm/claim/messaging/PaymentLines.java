package io.openrcm.claim.messaging;

import io.openrcm.claim.domain.Adjustment;
import io.openrcm.claim.domain.LineAdjudication;
import io.openrcm.claim.domain.RemittanceDetail;
import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the remittance detail of a PaymentPosted payload (payer, payment date, line adjudication) that the next
 * payer's 837 carries. Events from before coordination of benefits may lack it: then there is no detail and the
 * payment is posted as before.
 */
final class PaymentLines {

    private PaymentLines() {
    }

    /** The detail; null when the payer or date is absent; problems added for what is present but unreadable. */
    static RemittanceDetail detail(String payerId, String paymentDate, List<Adjustment> allAdjustments,
            List<PaymentPostedPayload.LinePart> lines, List<String> problems) {
        if (payerId == null || payerId.isBlank() || paymentDate == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(paymentDate.trim());
        } catch (DateTimeParseException e) {
            problems.add("paymentDate is not a date (YYYY-MM-DD)");
            return null;
        }
        List<LineAdjudication> adjudicated = new ArrayList<>();
        List<PaymentPostedPayload.LinePart> parts = lines == null ? List.of() : lines;
        int lineAdjustments = 0;
        for (int i = 0; i < parts.size(); i++) {
            PaymentPostedPayload.LinePart l = parts.get(i);
            String at = "lines[" + i + "]";
            if (l == null || l.code() == null || l.code().isBlank()) {
                problems.add(at + ".code is missing");
                continue;
            }
            Money paid = PaymentPostedPayload.money(l.paidAmount(), at + ".paidAmount", problems);
            List<Adjustment> adjustments = new ArrayList<>();
            List<PaymentPostedPayload.AdjustmentPart> lineParts = l.adjustments() == null ? List.of()
                    : l.adjustments();
            for (int j = 0; j < lineParts.size(); j++) {
                PaymentPostedPayload.AdjustmentPart a = lineParts.get(j);
                Money amount = a == null ? null
                        : PaymentPostedPayload.money(a.amount(), at + ".adjustments[" + j + "].amount", problems);
                if (a == null || a.group() == null || a.reason() == null) {
                    problems.add(at + ".adjustments[" + j + "] needs a group and a reason");
                } else if (amount != null) {
                    adjustments.add(new Adjustment(a.group().trim(), a.reason().trim(), amount));
                }
            }
            lineAdjustments += lineParts.size();
            if (paid != null) {
                adjudicated.add(new LineAdjudication(l.lineNumber(), l.code().trim(), l.modifiers(), paid,
                        l.units() == null || l.units().isBlank() ? "1" : l.units().trim(), adjustments));
            }
        }
        // The event lists the claim-level adjustments first, then each line's: the claim's own are what precede.
        int claimLevel = Math.max(0, allAdjustments.size() - lineAdjustments);
        return new RemittanceDetail(payerId.trim(), date, allAdjustments.subList(0, claimLevel), adjudicated);
    }
}
