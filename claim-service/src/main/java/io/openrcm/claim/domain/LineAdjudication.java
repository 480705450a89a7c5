package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;
import java.util.List;
import java.util.Objects;

/**
 * How a payer adjudicated one service line (835 SVC/CAS), carried to the next payer in loop 2430 (SVD, CAS).
 *
 * @param lineNumber our claim line number; null when the payer's line could not be matched to ours
 * @param code the procedure code as adjudicated
 * @param modifiers the modifiers as adjudicated
 * @param paid paid on the line
 * @param units the units paid
 * @param adjustments the line's adjustments
 */
public record LineAdjudication(Integer lineNumber, String code, List<String> modifiers, Money paid, String units,
        List<Adjustment> adjustments) {

    public LineAdjudication {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(paid, "paid");
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }
}
