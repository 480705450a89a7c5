package io.openrcm.reimbursement.api;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.api.RemittanceRequest.AdjustmentRequest;
import io.openrcm.reimbursement.api.RemittanceRequest.ClaimPaymentRequest;
import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.AdjustmentGroup;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ClaimStatusCode;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.PaymentMethod;
import io.openrcm.reimbursement.domain.Remittance;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON remittance request into the domain {@link Remittance}, collecting every violation with its JSON
 * pointer; throws one 400 problem listing them all. Balancing is not checked here: that is a business rule (422).
 */
public final class RemittanceRequestReader {

    static final int MAX_CLAIMS = 1000;
    static final int MAX_ID_LENGTH = 50;

    final List<Violation> violations = new ArrayList<>();

    private RemittanceRequestReader() {
    }

    /**
     * The remittance the request describes.
     *
     * @throws ProblemException 400 with every violation found
     */
    public static Remittance read(RemittanceRequest request) {
        RemittanceRequestReader reader = new RemittanceRequestReader();
        Remittance remittance = reader.remittance(request);
        if (!reader.violations.isEmpty()) {
            throw ProblemException.invalidRequest(reader.violations);
        }
        return remittance;
    }

    private Remittance remittance(RemittanceRequest r) {
        if (r == null) {
            violations.add(new Violation("", "a JSON object is required"));
            return null;
        }
        String payerId = id("/payerId", r.payerId(), true);
        String traceNumber = id("/traceNumber", r.traceNumber(), true);
        LocalDate paymentDate = date("/paymentDate", r.paymentDate());
        PaymentMethod method = code("/paymentMethod", r.paymentMethod(), PaymentMethod.fromCode(r.paymentMethod()),
                "ACH, CHK, NON, BOP or FWT");
        Money totalPaid = money("/totalPaid", r.totalPaid(), true, false);
        List<ClaimPayment> claims = new ArrayList<>();
        if (r.claims() == null) {
            violations.add(new Violation("/claims", "is required"));
        } else if (r.claims().isEmpty() || r.claims().size() > MAX_CLAIMS) {
            violations.add(new Violation("/claims", "must hold 1 to " + MAX_CLAIMS + " claim payments, got "
                    + r.claims().size()));
        } else {
            for (int i = 0; i < r.claims().size(); i++) {
                claims.add(claim("/claims/" + i, r.claims().get(i)));
            }
        }
        return violations.isEmpty()
                ? new Remittance(payerId, traceNumber, paymentDate, method, totalPaid, claims)
                : null;
    }

    private ClaimPayment claim(String at, ClaimPaymentRequest c) {
        if (c == null) {
            violations.add(new Violation(at, "must be a claim payment object"));
            return null;
        }
        String claimId = id(at + "/claimId", c.claimId(), true);
        ClaimStatusCode status = code(at + "/statusCode", c.statusCode(), ClaimStatusCode.fromCode(c.statusCode()),
                "1, 2, 3, 4, 19, 20, 21, 22, 23 or 25");
        String controlNumber = id(at + "/payerClaimControlNumber", c.payerClaimControlNumber(), true);
        Money charge = money(at + "/chargeAmount", c.chargeAmount(), true, false);
        Money paid = money(at + "/paidAmount", c.paidAmount(), true, false);
        Money patient = money(at + "/patientResponsibility", c.patientResponsibility(), false, false);
        List<Adjustment> adjustments = new ArrayList<>();
        List<AdjustmentRequest> given = c.adjustments() == null ? List.of() : c.adjustments();
        for (int i = 0; i < given.size(); i++) {
            adjustments.add(adjustment(at + "/adjustments/" + i, given.get(i)));
        }
        List<ServiceLinePayment> lines = new ArrayList<>();
        List<RemittanceRequest.LineRequest> givenLines = c.lines() == null ? List.of() : c.lines();
        for (int i = 0; i < givenLines.size(); i++) {
            lines.add(LineRequestReader.line(this, at + "/lines/" + i, givenLines.get(i)));
        }
        if (!violations.isEmpty()) {
            return null;
        }
        return new ClaimPayment(claimId, status, controlNumber, charge, paid, patient == null ? Money.ZERO : patient,
                adjustments, lines, c.remarkCodes() == null ? List.of() : c.remarkCodes(), null);
    }

    Adjustment adjustment(String at, AdjustmentRequest a) {
        if (a == null) {
            violations.add(new Violation(at, "must be an adjustment object"));
            return null;
        }
        AdjustmentGroup group = code(at + "/group", a.group(), AdjustmentGroup.fromCode(a.group()),
                "CO, PR, OA, PI or CR");
        if (a.reason() == null) {
            violations.add(new Violation(at + "/reason", "is required"));
        } else if (!Adjustment.isReasonCode(a.reason())) {
            violations.add(new Violation(at + "/reason", "must be a claim adjustment reason code of 1 to 5 letters"
                    + " or digits, got \"" + a.reason() + "\""));
        }
        Money amount = money(at + "/amount", a.amount(), true, true);
        return group != null && amount != null && Adjustment.isReasonCode(a.reason())
                ? new Adjustment(group, a.reason(), amount)
                : null;
    }

    String id(String at, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(at, "is required"));
            }
            return null;
        }
        if (value.length() > MAX_ID_LENGTH || !value.equals(value.strip())) {
            violations.add(new Violation(at, "must be 1 to " + MAX_ID_LENGTH
                    + " characters without leading or trailing spaces"));
            return null;
        }
        return value;
    }

    private <T> T code(String at, String value, Optional<T> parsed, String allowed) {
        if (value == null) {
            violations.add(new Violation(at, "is required"));
        } else if (parsed.isEmpty()) {
            violations.add(new Violation(at, "must be one of " + allowed + ", got \"" + value + "\""));
        }
        return parsed.orElse(null);
    }

    LocalDate date(String at, String value) {
        if (value == null) {
            violations.add(new Violation(at, "is required"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(at, "must be an ISO date (yyyy-mm-dd), got \"" + value + "\""));
            return null;
        }
    }

    Money money(String at, String value, boolean required, boolean negativeAllowed) {
        if (value == null) {
            if (required) {
                violations.add(new Violation(at, "is required"));
            }
            return null;
        }
        try {
            Money amount = Money.parse(value);
            if (amount.isNegative() && !negativeAllowed) {
                violations.add(new Violation(at, "must not be negative, got " + amount));
                return null;
            }
            return amount;
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(at, e.getMessage()));
            return null;
        }
    }
}
