package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One priced service line of a claim.
 *
 * @param lineNumber 1-based line number
 * @param code the CPT or HCPCS code
 * @param codeSystem CPT or HCPCS
 * @param modifiers up to four modifiers, in order
 * @param units whole units of service
 * @param diagnosisPointers 1-based sequences of the claim's diagnoses this line treats, first is primary
 * @param unitFee the fee schedule amount for one unit
 * @param dateOfService when the service was given
 */
public record ClaimLine(int lineNumber, String code, String codeSystem, List<String> modifiers, int units,
        List<Integer> diagnosisPointers, Money unitFee, LocalDate dateOfService) {

    public ClaimLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unitFee, "unitFee");
        Objects.requireNonNull(dateOfService, "dateOfService");
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        diagnosisPointers = diagnosisPointers == null ? List.of() : List.copyOf(diagnosisPointers);
        if (units < 1) {
            throw new ClaimRuleException("line " + lineNumber + ": units must be at least 1");
        }
    }

    /** The line charge: unit fee × units. */
    public Money charge() {
        return unitFee.times(units);
    }

    /** The first modifier, the one that selects a fee schedule row; null when there is none. */
    public String firstModifier() {
        return modifiers.isEmpty() ? null : modifiers.get(0);
    }
}
