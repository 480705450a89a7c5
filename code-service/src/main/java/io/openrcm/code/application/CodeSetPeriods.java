package io.openrcm.code.application;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The effective period of a version when none is given: ICD-10-CM "FY2023" is the fiscal year 2022-10-01 to
 * 2023-09-30; a HCPCS or CPT label starting with a year is that calendar year.
 */
public final class CodeSetPeriods {

    private static final Pattern FISCAL = Pattern.compile("FY(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4}).*");

    private CodeSetPeriods() {
    }

    /** [from, to] from the explicit dates, else from the label. */
    public static LocalDate[] of(String system, String label, String from, String to) {
        if (from != null) {
            return new LocalDate[] {LocalDate.parse(from), to == null ? null : LocalDate.parse(to)};
        }
        Matcher fy = FISCAL.matcher(label == null ? "" : label);
        if ("ICD10CM".equals(system) && fy.matches()) {
            int year = Integer.parseInt(fy.group(1));
            return new LocalDate[] {LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 9, 30)};
        }
        Matcher y = YEAR.matcher(label == null ? "" : label);
        if (y.matches()) {
            int year = Integer.parseInt(y.group(1));
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        throw new IllegalArgumentException("Give effectiveFrom (and effectiveTo) or a label such as FY2023 or 2020");
    }
}
