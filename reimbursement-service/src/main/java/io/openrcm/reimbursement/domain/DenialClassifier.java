package io.openrcm.reimbursement.domain;

import io.openrcm.kernel.Money;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a denied claim, or a line paid nothing, its denial category: the category of the CARC carrying the largest
 * amount not owed by the patient (CO, OA, PI, CR), from a CARC-to-category table; OTHER for a code the table lacks.
 * A claim or line paid nothing only because of patient responsibility (a deductible, say) is not a denial.
 */
public final class DenialClassifier {

    private final Map<String, DenialCategory> table;

    public DenialClassifier(Map<String, DenialCategory> table) {
        this.table = Map.copyOf(table);
    }

    /** The claim's category when it was denied (CLP02 = 4) or paid nothing for a non-patient reason. */
    public Optional<DenialCategory> claim(ClaimPayment payment) {
        if (payment.isReversal()) {
            return Optional.empty();
        }
        Optional<DenialCategory> byCode = categorize(payment.allAdjustments());
        if (payment.status().isDenied()) {
            return Optional.of(byCode.orElse(DenialCategory.OTHER));
        }
        return payment.paid().isZero() ? byCode : Optional.empty();
    }

    /** The line's category when it was paid nothing for a non-patient reason. */
    public Optional<DenialCategory> line(ServiceLinePayment line, boolean claimDenied) {
        Optional<DenialCategory> byCode = categorize(line.adjustments());
        if (claimDenied) {
            return Optional.of(byCode.orElse(DenialCategory.OTHER));
        }
        return line.paid().isZero() ? byCode : Optional.empty();
    }

    private Optional<DenialCategory> categorize(List<Adjustment> adjustments) {
        return adjustments.stream().filter(a -> !a.isPatientResponsibility() && a.amount().compareTo(Money.ZERO) > 0)
                .max(Comparator.comparing(Adjustment::amount))
                .map(a -> table.getOrDefault(a.reason(), DenialCategory.OTHER));
    }
}
