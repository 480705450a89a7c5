package io.openrcm.claim.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.openrcm.claim.application.ReceivedPayment;
import io.openrcm.claim.domain.Adjustment;
import io.openrcm.kernel.Money;
import io.openrcm.claim.domain.PaymentPosting;
import io.openrcm.claim.domain.RemittanceDetail;
import io.openrcm.platform.eventing.consumer.ValidatedPayload;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The fields of reimbursement-service's PaymentPosted event (rcm.reimbursement.payment-posted.v1) that the claim
 * balance needs; every other field is ignored (tolerant reader). Amounts arrive as decimal strings. Its
 * {@link #violations()} name every field that is missing or unreadable.
 *
 * @param claimId the claim paid
 * @param paymentId the payment; applied at most once
 * @param claimStatusCode the 835 CLP02 claim status code
 * @param paidAmount paid by the payer
 * @param patientResponsibility moved to the patient
 * @param adjustments the adjustments, PR ones included
 * @param reversalOf the payment a reversal takes back (its amounts are negative); null otherwise
 * @param payerClaimControlNumber the payer's claim control number (CLP07), kept for corrections (REF*F8)
 * @param denialCategory the payer's denial category; null when not a denial
 * @param payerId the payer that paid
 * @param paymentDate the payment date, ISO
 * @param lines the service lines as adjudicated, for the next payer's 837 (loop 2430)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentPostedPayload(String claimId, String paymentId, String claimStatusCode, BigDecimal paidAmount,
        BigDecimal patientResponsibility, List<AdjustmentPart> adjustments, String reversalOf,
        String payerClaimControlNumber, String denialCategory, String payerId, String paymentDate,
        List<LinePart> lines) implements ValidatedPayload {

    /** The fields before the payer, date and lines were read. */
    public PaymentPostedPayload(String claimId, String paymentId, String claimStatusCode, BigDecimal paidAmount,
            BigDecimal patientResponsibility, List<AdjustmentPart> adjustments, String reversalOf,
            String payerClaimControlNumber, String denialCategory) {
        this(claimId, paymentId, claimStatusCode, paidAmount, patientResponsibility, adjustments, reversalOf,
                payerClaimControlNumber, denialCategory, null, null, null);
    }

    /** One adjudicated service line. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LinePart(Integer lineNumber, String code, List<String> modifiers, BigDecimal paidAmount,
            String units, List<AdjustmentPart> adjustments) {
    }

    /** One adjustment: group code, CARC reason code, amount. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AdjustmentPart(String group, String reason, BigDecimal amount) {
    }

    @Override
    public List<String> violations() {
        List<String> problems = new ArrayList<>();
        read(problems);
        return problems;
    }

    /**
     * The payment as the posting use case takes it.
     *
     * @throws IllegalStateException when called on a payload with violations
     */
    ReceivedPayment toReceivedPayment() {
        List<String> problems = new ArrayList<>();
        ReceivedPayment payment = read(problems);
        if (payment == null) {
            throw new IllegalStateException("PaymentPosted payload has violations: " + String.join("; ", problems));
        }
        return payment;
    }

    /** The payment; null when anything is wrong, each problem added to the list. */
    private ReceivedPayment read(List<String> problems) {
        UUID claim = uuid(claimId, "claimId", true, problems);
        UUID payment = uuid(paymentId, "paymentId", true, problems);
        if (claimStatusCode != null && claimStatusCode.length() > 10) {
            problems.add("claimStatusCode is longer than 10 characters");
        }
        UUID reversed = uuid(reversalOf, "reversalOf", false, problems);
        String pcn = payerClaimControlNumber == null || payerClaimControlNumber.isBlank() ? null
                : payerClaimControlNumber.trim();
        if (pcn != null && pcn.length() > 50) {
            problems.add("payerClaimControlNumber is longer than 50 characters");
        }
        Money paid = money(paidAmount, "paidAmount", problems);
        Money patient = money(patientResponsibility, "patientResponsibility", problems);
        List<Adjustment> adjusted = new ArrayList<>();
        List<AdjustmentPart> parts = adjustments == null ? List.of() : adjustments;
        for (int i = 0; i < parts.size(); i++) {
            AdjustmentPart a = parts.get(i);
            String at = "adjustments[" + i + "]";
            if (a == null || a.group() == null || a.group().isBlank() || a.reason() == null || a.reason().isBlank()) {
                problems.add(at + " needs a group and a reason");
                continue;
            }
            Money amount = money(a.amount(), at + ".amount", problems);
            if (amount != null) {
                adjusted.add(new Adjustment(a.group().trim(), a.reason().trim(), amount));
            }
        }
        RemittanceDetail detail = PaymentLines.detail(payerId, paymentDate, adjusted, lines, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new ReceivedPayment(claim, new PaymentPosting(payment, claimStatusCode, paid, patient, adjusted,
                reversed, pcn), denialCategory, detail);
    }

    static Money money(BigDecimal value, String field, List<String> problems) {
        if (value == null) {
            problems.add(field + " is missing");
            return null;
        }
        if (!Money.isValidAmount(value)) {
            problems.add(field + " has more than 2 decimals");
            return null;
        }
        return Money.of(value);
    }

    /** A UUID; an optional one may be absent, but never blank. */
    private static UUID uuid(String value, String field, boolean required, List<String> problems) {
        if (value == null && !required) {
            return null;
        }
        if (value == null || value.isBlank()) {
            problems.add(field + " is missing");
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(field + " is not a UUID");
            return null;
        }
    }
}
