package io.openrcm.reimbursement.api;

import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.api.RemittanceRequest.AdjustmentRequest;
import io.openrcm.reimbursement.api.RemittanceRequest.LineRequest;
import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the service lines of a JSON claim payment, reporting violations through the request reader. */
final class LineRequestReader {

    private LineRequestReader() {
    }

    static ServiceLinePayment line(RemittanceRequestReader r, String at, LineRequest l) {
        if (l == null) {
            r.violations.add(new Violation(at, "must be a service line object"));
            return null;
        }
        String code = r.id(at + "/code", l.code(), true);
        Money charge = r.money(at + "/chargeAmount", l.chargeAmount(), true, true);
        Money paid = r.money(at + "/paidAmount", l.paidAmount(), true, true);
        LocalDate date = l.dateOfService() == null ? null : r.date(at + "/dateOfService", l.dateOfService());
        BigDecimal units = null;
        if (l.units() != null) {
            units = Quantities.units(l.units()).orElse(null);
            if (units == null) {
                r.violations.add(new Violation(at + "/units", Quantities.unitsRule()));
            }
        }
        List<String> modifiers = l.modifiers() == null ? List.of() : l.modifiers();
        if (modifiers.size() > 4 || modifiers.stream().anyMatch(m -> m == null || !m.matches("[A-Za-z0-9]{2}"))) {
            r.violations.add(new Violation(at + "/modifiers", "must be at most 4 two-character modifiers"));
        }
        List<Adjustment> adjustments = new ArrayList<>();
        List<AdjustmentRequest> given = l.adjustments() == null ? List.of() : l.adjustments();
        for (int i = 0; i < given.size(); i++) {
            adjustments.add(r.adjustment(at + "/adjustments/" + i, given.get(i)));
        }
        if (code == null || charge == null || paid == null || adjustments.contains(null)) {
            return null;
        }
        return new ServiceLinePayment("HC", code, modifiers, charge, paid, null, units, null, List.of(), date,
                adjustments, l.remarkCodes(), null, null);
    }
}
