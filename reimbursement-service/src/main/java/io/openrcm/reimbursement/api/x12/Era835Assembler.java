package io.openrcm.reimbursement.api.x12;

import io.openrcm.kernel.Money;

import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.AdjustmentGroup;
import io.openrcm.reimbursement.domain.PayerIdentifier;
import io.openrcm.reimbursement.domain.PaymentMethod;
import io.openrcm.reimbursement.domain.ProviderAdjustment;
import io.openrcm.reimbursement.domain.Remittance;
import io.openrcm.x12.X12Segment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the domain {@link Remittance} from the segments of one 835 transaction set, in order; values the schema
 * cannot judge (an amount with three decimals, a claim status or adjustment group we do not know) become errors.
 */
final class Era835Assembler {

    private final String controlNumber;
    private final List<X12Error> errors = new ArrayList<>();
    private final List<ProviderAdjustment> plb = new ArrayList<>();
    private final List<PayerIdentifier> payerIdentifiers = new ArrayList<>();
    private final ClaimAssembler claims;
    private final Values values;

    private String handling;
    private Money totalPaid;
    private PaymentMethod method;
    private LocalDate paymentDate;
    private LocalDate productionDate;
    private String trace;
    private String originator;
    private String payerName;
    private String payerIdentifier;
    private String payeeName;
    private String payeeId;

    Era835Assembler(String controlNumber) {
        this.controlNumber = controlNumber;
        this.values = new Values(controlNumber, errors);
        this.claims = new ClaimAssembler(values);
    }

    void accept(X12Segment s, String loop) {
        switch (s.tag()) {
            case "BPR" -> {
                handling = s.element(1);
                totalPaid = values.money(s, 2, true);
                method = PaymentMethod.fromCode(s.element(4)).orElse(null);
                if (method == null) {
                    values.error(s, 4, 0, "591", "7", "payment method " + s.element(4) + " is not ACH, BOP, CHK, FWT or NON");
                }
                paymentDate = values.date(s, 16);
            }
            case "TRN" -> {
                trace = s.element(2);
                originator = s.element(3);
                identifies(s, 3, "TRN03");
            }
            case "N1" -> {
                if ("PR".equals(s.element(1))) {
                    payerName = s.element(2);
                    payerIdentifier = s.element(4);
                    identifies(s, 4, s.element(3));
                } else if ("PE".equals(s.element(1))) {
                    payeeName = s.element(2);
                    payeeId = s.element(4);
                }
            }
            case "PLB" -> providerAdjustments(s);
            case "REF" -> {
                if ("2U".equals(s.element(1)) && !claims.started()) {
                    identifies(s, 2, "2U"); // loop 1000A: an additional payer identification
                } else {
                    claims.accept(s, loop);
                }
            }
            case "DTM" -> {
                if ("405".equals(s.element(1)) && trace != null && !claims.started()) {
                    productionDate = values.date(s, 2);
                } else {
                    claims.accept(s, loop);
                }
            }
            default -> claims.accept(s, loop);
        }
    }

    /** Keeps an identifier of the payer with its place, to be resolved to our payer id before anything is taken. */
    private void identifies(X12Segment s, int element, String qualifier) {
        String value = s.element(element);
        if (qualifier != null && value != null && !value.isBlank()) {
            payerIdentifiers.add(new PayerIdentifier(qualifier, value.trim(), new X12Error(X12Error.Level.ELEMENT,
                    controlNumber, s.tag(), s.position(), s.loop(), element, 0, null, null, null).location()));
        }
    }

    /** The payer's identifiers in file order: TRN03, N1*PR N104 (qualified by N103), REF*2U. */
    List<PayerIdentifier> payerIdentifiers() {
        return List.copyOf(payerIdentifiers);
    }

    private void providerAdjustments(X12Segment s) {
        for (int amountAt = 4; amountAt <= 14; amountAt += 2) {
            String reason = s.component(amountAt - 1, 1);
            if (reason == null) {
                continue;
            }
            var amount = values.money(s, amountAt, true);
            if (amount != null) {
                plb.add(new ProviderAdjustment(s.element(1), values.date(s, 2), reason, s.component(amountAt - 1, 2), amount));
            }
        }
    }

    /**
     * The remittance, or null when an error touches money or matching (see {@link #errors()}). With only
     * {@link X12Error#tolerable() tolerable} errors it is built, a bad check date replaced by the production date.
     */
    Remittance finish() {
        var claimPayments = claims.finish();
        LocalDate date = paymentDate != null ? paymentDate : productionDate;
        boolean fatal = errors.stream().anyMatch(e -> !e.tolerable());
        if (fatal || totalPaid == null || method == null || date == null || trace == null) {
            return null;
        }
        // The payer as the file names it: TRN03 (1 + its EIN or another id it chose), required in 005010X221A1; else
        // N1*PR. X12Intake replaces it with our payer id, resolved from payerIdentifiers() (PayerIdentification).
        String payerId = originator != null ? originator : payerIdentifier != null ? payerIdentifier : payerName;
        if (payerId == null) {
            values.error(new X12Segment("TRN", 0, null, List.of()), 3, 0, "509", "1", "the payer is not identified");
            return null;
        }
        return new Remittance(payerId, trace, date, method, totalPaid, claimPayments, plb,
                new Remittance.PayerDetails(payerName, handling, payeeName, payeeId, "X12"));
    }

    List<X12Error> errors() {
        return errors;
    }

    String controlNumber() {
        return controlNumber;
    }

    static AdjustmentGroup group(String code) {
        return AdjustmentGroup.fromCode(code).orElse(null);
    }

    static boolean isReason(String code) {
        return Adjustment.isReasonCode(code);
    }
}
