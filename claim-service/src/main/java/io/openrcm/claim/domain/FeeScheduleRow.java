package io.openrcm.claim.domain;

import io.openrcm.kernel.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One fee: the charge for one unit of a code (and optionally a modifier) in one provider's schedule or in the
 * default schedule, for a range of dates.
 *
 * @param billingProviderNpi the provider whose schedule it belongs to; null for the default schedule
 * @param code the CPT or HCPCS code
 * @param modifier the modifier it applies to; null for any
 * @param effectiveFrom first date of service it applies to
 * @param effectiveTo last date of service it applies to (inclusive); null when open-ended
 * @param charge the charge for one unit
 */
public record FeeScheduleRow(String billingProviderNpi, String code, String modifier, LocalDate effectiveFrom,
        LocalDate effectiveTo, Money charge) {

    public FeeScheduleRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(charge, "charge");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new ClaimRuleException("a fee cannot end (" + effectiveTo + ") before it starts (" + effectiveFrom
                    + ")");
        }
    }

    /** True when it applies to services on that date. */
    public boolean inEffectOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** True when both rows price the same code and modifier on at least one common date. */
    public boolean overlaps(FeeScheduleRow other) {
        if (!code.equals(other.code) || !Objects.equals(modifier, other.modifier)
                || !Objects.equals(billingProviderNpi, other.billingProviderNpi)) {
            return false;
        }
        boolean endsBeforeOtherStarts = effectiveTo != null && effectiveTo.isBefore(other.effectiveFrom);
        boolean startsAfterOtherEnds = other.effectiveTo != null && effectiveFrom.isAfter(other.effectiveTo);
        return !endsBeforeOtherStarts && !startsAfterOtherEnds;
    }
}
