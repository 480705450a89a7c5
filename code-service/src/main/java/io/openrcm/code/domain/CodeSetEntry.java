package io.openrcm.code.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A code as one version of a code set holds it.
 *
 * @param code the code
 * @param description its title
 * @param billable false for a header or category code that may not be reported on a claim
 * @param versionId the version holding it
 * @param effectiveFrom first date of service for this code within the version (HCPCS add date); null: the version's
 * @param effectiveTo last date of service for this code (HCPCS termination date); null: the version's
 */
public record CodeSetEntry(CodeRef code, String description, boolean billable, long versionId,
        LocalDate effectiveFrom, LocalDate effectiveTo) {

    public CodeSetEntry {
        Objects.requireNonNull(code, "code");
    }

    /** Whether the entry's own dates allow a service on that date (the version's period is checked apart). */
    public boolean inEffectOn(LocalDate dateOfService) {
        return (effectiveFrom == null || !dateOfService.isBefore(effectiveFrom))
                && (effectiveTo == null || !dateOfService.isAfter(effectiveTo));
    }
}
