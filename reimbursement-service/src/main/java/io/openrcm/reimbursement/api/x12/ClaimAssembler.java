package io.openrcm.reimbursement.api.x12;

import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.AdjustmentGroup;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ClaimStatusCode;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import io.openrcm.x12.X12Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the claim payments of an 835 from its loops 2100 (CLP...) and 2110 (SVC...), segment by segment. */
final class ClaimAssembler {

    private final Values values;
    private final List<ClaimPayment> done = new ArrayList<>();

    private X12Segment clp;
    private ClaimStatusCode status;
    private Money charge;
    private Money paid;
    private Money patient;
    private LocalDate statementDate;
    private List<Adjustment> adjustments;
    private List<String> remarks;
    private List<ServiceLinePayment> lines;

    private X12Segment svc;
    private Money lineCharge;
    private Money linePaid;
    private BigDecimal units;
    private LocalDate lineDate;
    private List<Adjustment> lineAdjustments;
    private List<String> lineRemarks;
    private String lineControl;
    private Money allowed;

    ClaimAssembler(Values values) {
        this.values = values;
    }

    void accept(X12Segment s, String loop) {
        switch (s.tag()) {
            case "CLP" -> startClaim(s);
            case "SVC" -> startLine(s);
            case "CAS" -> adjustments(s, svc != null ? lineAdjustments : adjustments);
            case "MOA" -> {
                for (int i = 3; i <= 7 && remarks != null; i++) {
                    addCode(remarks, s.element(i));
                }
            }
            case "MIA" -> {
                for (int i : new int[] {5, 20, 21, 22, 23}) {
                    addCode(remarks, s.element(i));
                }
            }
            case "DTM" -> dates(s);
            case "REF" -> {
                if (svc != null && "6R".equals(s.element(1))) {
                    lineControl = s.element(2);
                }
            }
            case "AMT" -> {
                if (svc != null && "B6".equals(s.element(1))) {
                    allowed = values.money(s, 2, true);
                }
            }
            case "LQ" -> {
                if (svc != null && "HE".equals(s.element(1))) {
                    addCode(lineRemarks, s.element(2));
                }
            }
            case "LX", "TS3", "TS2" -> endClaim();
            default -> {
                // payer/payee detail, names (NM1) and quantities are not needed to post
            }
        }
    }

    private void startClaim(X12Segment s) {
        endClaim();
        clp = s;
        status = ClaimStatusCode.fromCode(s.element(2)).orElse(null);
        if (status == null) {
            values.error(s, 2, 0, "1029", "7", "claim status code " + s.element(2) + " is not one we take");
        }
        charge = values.money(s, 3, true);
        paid = values.money(s, 4, true);
        patient = values.money(s, 5, false);
        statementDate = null;
        adjustments = new ArrayList<>();
        remarks = new ArrayList<>();
        lines = new ArrayList<>();
    }

    private void startLine(X12Segment s) {
        endLine();
        if (clp == null) {
            return; // the schema reports an SVC outside a claim
        }
        svc = s;
        lineCharge = values.money(s, 2, true);
        linePaid = values.money(s, 3, true);
        units = values.units(s, 5);
        lineDate = null;
        lineAdjustments = new ArrayList<>();
        lineRemarks = new ArrayList<>();
        lineControl = null;
        allowed = null;
    }

    private void dates(X12Segment s) {
        String qualifier = s.element(1);
        if (svc != null && ("472".equals(qualifier) || "150".equals(qualifier))) {
            lineDate = values.date(s, 2);
        } else if (svc == null && clp != null && "232".equals(qualifier)) {
            statementDate = values.date(s, 2);
        }
    }

    private void adjustments(X12Segment s, List<Adjustment> into) {
        if (into == null) {
            return;
        }
        AdjustmentGroup group = AdjustmentGroup.fromCode(s.element(1)).orElse(null);
        if (group == null) {
            values.error(s, 1, 0, "1033", "7", "adjustment group " + s.element(1) + " is not CO, CR, OA, PI or PR");
            return;
        }
        for (int at = 2; at <= 17; at += 3) {
            String reason = s.element(at);
            if (reason == null) {
                continue;
            }
            Money amount = values.money(s, at + 1, true);
            if (!Adjustment.isReasonCode(reason)) {
                values.error(s, at, 0, "1034", "6", "adjustment reason " + reason + " is not 1-5 letters or digits");
            } else if (amount != null) {
                into.add(new Adjustment(group, reason, amount));
            }
        }
    }

    private void endLine() {
        if (svc != null && lineCharge != null && linePaid != null && svc.component(1, 2) != null) {
            lines.add(new ServiceLinePayment(svc.component(1, 1), svc.component(1, 2), svc.components(1, 3, 6), lineCharge, linePaid, svc.element(4), units, svc.component(6, 2),
                    svc.components(6, 3, 6), lineDate, lineAdjustments, lineRemarks,
                    lineControl, allowed));
        }
        svc = null;
    }

    private void endClaim() {
        endLine();
        if (clp != null && status != null && charge != null && paid != null) {
            done.add(new ClaimPayment(clp.element(1), status, clp.element(7), charge, paid, patient == null ? Money.ZERO
                    : patient, adjustments, lines, remarks, statementDate));
        }
        clp = null;
    }

    /** True once the first claim (CLP) was read. */
    boolean started() {
        return clp != null || !done.isEmpty();
    }

    List<ClaimPayment> finish() {
        endClaim();
        return done;
    }

    private static void addCode(List<String> into, String code) {
        if (into != null && code != null && !into.contains(code)) {
            into.add(code);
        }
    }
}
