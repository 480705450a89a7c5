package io.openrcm.claim.api;

import io.openrcm.claim.domain.FeeScheduleRow;
import io.openrcm.kernel.Money;
import io.openrcm.platform.problem.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The records {@code /fee-schedules} speaks: a schedule's replacement rows, and a schedule shown. */
public final class FeeScheduleApi {

    /** The path segment that names the default schedule. */
    public static final String DEFAULT = "default";
    static final Pattern CODE = Pattern.compile("[A-Z0-9]{5}");
    static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
    static final int MAX_ROWS = 10_000;
    /**
     * The largest fee for one unit: 9,999 units on each of 50 lines at this fee still fit a claim's NUMERIC(14,2)
     * total, so pricing can never overflow a column.
     */
    static final BigDecimal MAX_UNIT_FEE = new BigDecimal("999999.99");

    private FeeScheduleApi() {
    }

    /**
     * Body of {@code PUT /fee-schedules/{npi|default}}: every row the schedule will have.
     *
     * @param rows the rows
     */
    public record FeeScheduleRequest(List<RowInput> rows) {

        /** The rows as domain rows; every violation is added to the list, and then the result is meaningless. */
        List<FeeScheduleRow> toRows(String billingProviderNpi, List<Violation> violations) {
            List<FeeScheduleRow> result = new ArrayList<>();
            if (rows == null) {
                violations.add(new Violation("/rows", "the rows are required (an empty list empties the schedule)"));
                return result;
            }
            if (rows.size() > MAX_ROWS) {
                violations.add(new Violation("/rows", "at most " + MAX_ROWS + " rows"));
                return result;
            }
            for (int i = 0; i < rows.size(); i++) {
                RowInput row = rows.get(i);
                String at = "/rows/" + i;
                if (row == null) {
                    violations.add(new Violation(at, "a row is required"));
                    continue;
                }
                int before = violations.size();
                String code = row.code() == null ? null : row.code().trim().toUpperCase(Locale.ROOT);
                if (code == null || !CODE.matcher(code).matches()) {
                    violations.add(new Violation(at + "/code", "must be a 5-character CPT or HCPCS code"));
                }
                String modifier = row.modifier() == null || row.modifier().isBlank() ? null
                        : row.modifier().trim().toUpperCase(Locale.ROOT);
                if (modifier != null && !MODIFIER.matcher(modifier).matches()) {
                    violations.add(new Violation(at + "/modifier", "must be a 2-character modifier, or null"));
                }
                if (row.effectiveFrom() == null) {
                    violations.add(new Violation(at + "/effectiveFrom", "the first day in effect is required"));
                } else if (row.effectiveTo() != null && row.effectiveTo().isBefore(row.effectiveFrom())) {
                    violations.add(new Violation(at + "/effectiveTo", "must not be before effectiveFrom"));
                }
                if (row.charge() == null || row.charge().signum() <= 0) {
                    violations.add(new Violation(at + "/charge", "a positive amount is required"));
                } else if (row.charge().compareTo(MAX_UNIT_FEE) > 0) {
                    violations.add(new Violation(at + "/charge", "at most " + MAX_UNIT_FEE.toPlainString()
                            + " for one unit"));
                } else if (!Money.isValidAmount(row.charge())) {
                    violations.add(new Violation(at + "/charge", "at most 2 decimals"));
                }
                if (violations.size() == before) {
                    result.add(new FeeScheduleRow(billingProviderNpi, code, modifier, row.effectiveFrom(),
                            row.effectiveTo(), Money.of(row.charge())));
                }
            }
            return result;
        }
    }

    /**
     * One row as sent: money as a JSON number or string.
     *
     * @param code CPT or HCPCS code
     * @param modifier the modifier it applies to; null for any
     * @param effectiveFrom first date of service in effect
     * @param effectiveTo last date of service in effect (inclusive); null when open-ended
     * @param charge charge for one unit, at most 2 decimals
     */
    public record RowInput(String code, String modifier, LocalDate effectiveFrom, LocalDate effectiveTo,
            BigDecimal charge) {
    }

    /**
     * One schedule.
     *
     * @param billingProviderNpi the provider; null for the default schedule
     * @param rows its rows by code, modifier and date
     */
    public record FeeScheduleView(String billingProviderNpi, List<RowView> rows) {

        static FeeScheduleView of(String billingProviderNpi, List<FeeScheduleRow> rows) {
            return new FeeScheduleView(billingProviderNpi, rows.stream().map(r -> new RowView(r.code(),
                    r.modifier(), r.effectiveFrom(), r.effectiveTo(), r.charge().toString())).toList());
        }
    }

    /** One row as shown: the charge as a decimal string. */
    public record RowView(String code, String modifier, LocalDate effectiveFrom, LocalDate effectiveTo,
            String charge) {
    }
}
