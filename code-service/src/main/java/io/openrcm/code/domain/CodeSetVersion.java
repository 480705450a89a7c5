package io.openrcm.code.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One load of a code set with the period it applies to, such as ICD-10-CM FY2023 (2022-10-01 to 2023-09-30).
 *
 * @param id its key
 * @param system the code system
 * @param label the name it was loaded under (FY2023, 2020, starter)
 * @param effectiveFrom first date of service it applies to
 * @param effectiveTo last date of service it applies to (inclusive); null when open-ended
 * @param starter true for the small starter set shipped with the service, which yields to any loaded version
 */
public record CodeSetVersion(long id, CodeSystem system, String label, LocalDate effectiveFrom, LocalDate effectiveTo,
        boolean starter) {

    public CodeSetVersion {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** Whether its period covers the date (both ends inclusive). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** The ICD-10-CM fiscal year holding a date: October 1 to September 30, named by the year it ends in. */
    public static String icd10FiscalYearOf(LocalDate date) {
        return "FY" + (date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear());
    }
}
