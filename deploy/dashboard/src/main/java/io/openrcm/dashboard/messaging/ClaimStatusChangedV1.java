package io.openrcm.dashboard.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.openrcm.dashboard.domain.ClaimStatusChange;
import io.openrcm.dashboard.domain.Dollars;
import io.openrcm.kernel.Money;
import io.openrcm.platform.eventing.consumer.ValidatedPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The fields of claim-service's ClaimStatusChanged v1 that the dashboard reads (tolerant reader: unknown fields
 * ignored; the optional added ones, {@code dateOfService}, {@code denialCategory}, {@code responsibility} and
 * {@code patientBalance}, used when present). Amounts and
 * times are read as text, so that {@link #violations()} can name the field that is wrong.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimStatusChangedV1(String claimId, String encounterId, String payerId, String billingProviderNpi,
        String fromStatus, String toStatus, String reason, List<String> reasonCodes, String totalCharge,
        String paidAmount, String adjustmentAmount, String patientResponsibility, String outstanding,
        String changedAt, String dateOfService, String denialCategory, String responsibility,
        String patientBalance) implements ValidatedPayload {

    @Override
    public List<String> violations() {
        List<String> problems = new ArrayList<>();
        read(UUID.randomUUID(), problems);
        return problems;
    }

    /**
     * The change as the projection takes it.
     *
     * @throws IllegalStateException when called on a payload with violations
     */
    ClaimStatusChange toChange(UUID eventId) {
        List<String> problems = new ArrayList<>();
        ClaimStatusChange change = read(eventId, problems);
        if (change == null) {
            throw new IllegalStateException("ClaimStatusChanged payload has violations: "
                    + String.join("; ", problems));
        }
        return change;
    }

    /** The change; null when anything is wrong, each problem added to the list. */
    private ClaimStatusChange read(UUID eventId, List<String> problems) {
        required(problems, "claimId", claimId);
        required(problems, "payerId", payerId);
        required(problems, "billingProviderNpi", billingProviderNpi);
        required(problems, "toStatus", toStatus);
        BigDecimal total = money(problems, "totalCharge", totalCharge);
        BigDecimal paid = money(problems, "paidAmount", paidAmount);
        BigDecimal adjusted = money(problems, "adjustmentAmount", adjustmentAmount);
        BigDecimal patient = money(problems, "patientResponsibility", patientResponsibility);
        BigDecimal open = money(problems, "outstanding", outstanding);
        BigDecimal owed = patientBalance == null ? null : money(problems, "patientBalance", patientBalance);
        Instant at = instant(problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new ClaimStatusChange(eventId, claimId, encounterId, payerId, billingProviderNpi, fromStatus, toStatus,
                reason, reasonCodes, new ClaimStatusChange.Amounts(total, paid, adjusted, patient, open), at, date(),
                denialCategory, responsibility, owed);
    }

    private static void required(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is missing");
        }
    }

    private static BigDecimal money(List<String> problems, String field, String value) {
        if (value == null) {
            problems.add(field + " is missing");
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(field + " is not an amount");
            return null;
        }
        if (!Money.isValidAmount(amount)) {
            problems.add(field + (amount.abs().compareTo(Money.LIMIT) > 0 ? " is too large"
                    : " has fractions of a cent"));
            return null;
        }
        return Dollars.of(amount, field);
    }

    private Instant instant(List<String> problems) {
        if (changedAt == null) {
            problems.add("changedAt is missing");
            return null;
        }
        try {
            return Instant.parse(changedAt);
        } catch (RuntimeException e) {
            problems.add("changedAt is not an RFC 3339 time");
            return null;
        }
    }

    /** The added date of service; null when absent or unreadable, as it is optional. */
    private LocalDate date() {
        if (dateOfService == null) {
            return null;
        }
        try {
            return LocalDate.parse(dateOfService);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
