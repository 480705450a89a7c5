package io.openrcm.code.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a code in a loaded code set, valid from a date and, once retired, until a date.
 *
 * @param code the code
 * @param description its title
 * @param billable false for a header or category code that may not be reported on a claim
 * @param effectiveFrom first date of service it applies to
 * @param effectiveTo last date of service it applies to; null while open-ended
 * @param source where the entry came from, such as {@code starter}
 */
public record CodeSetEntry(CodeRef code, String description, boolean billable, LocalDate effectiveFrom,
        LocalDate effectiveTo, String source) {

    public CodeSetEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** Whether this version applies to a service on that date (both ends inclusive). */
    public boolean inEffectOn(LocalDate dateOfService) {
        return !dateOfService.isBefore(effectiveFrom) && (effectiveTo == null || !dateOfService.isAfter(effectiveTo));
    }
}
