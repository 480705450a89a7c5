package io.openrcm.claim.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Picks the fee of a service line: among the rows in effect on the date of service, the most specific one wins,
 * in this order: the billing provider's row for the code and the line's first modifier, the provider's row for the
 * code, the default schedule's row for the code and modifier, the default schedule's row for the code.
 */
public final class FeeSchedule {

    private final List<FeeScheduleRow> rows;

    public FeeSchedule(Collection<FeeScheduleRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * The fee that applies.
     *
     * @param billingProviderNpi the claim's billing provider
     * @param code the line's code
     * @param firstModifier the line's first modifier; null when it has none
     * @param dateOfService the line's date of service
     * @return the row, or empty when neither schedule prices the code on that date
     */
    public Optional<FeeScheduleRow> select(String billingProviderNpi, String code, String firstModifier,
            LocalDate dateOfService) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(dateOfService, "dateOfService");
        List<FeeScheduleRow> candidates = rows.stream()
                .filter(r -> r.code().equals(code) && r.inEffectOn(dateOfService)).toList();
        List<Predicate<FeeScheduleRow>> bySpecificity = List.of(
                r -> billingProviderNpi != null && billingProviderNpi.equals(r.billingProviderNpi())
                        && firstModifier != null && firstModifier.equals(r.modifier()),
                r -> billingProviderNpi != null && billingProviderNpi.equals(r.billingProviderNpi())
                        && r.modifier() == null,
                r -> r.billingProviderNpi() == null && firstModifier != null && firstModifier.equals(r.modifier()),
                r -> r.billingProviderNpi() == null && r.modifier() == null);
        for (Predicate<FeeScheduleRow> level : bySpecificity) {
            // Rows of one schedule never overlap; should they, the most recent one is the deliberate one.
            Optional<FeeScheduleRow> match = candidates.stream().filter(level)
                    .max(Comparator.comparing(FeeScheduleRow::effectiveFrom));
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
