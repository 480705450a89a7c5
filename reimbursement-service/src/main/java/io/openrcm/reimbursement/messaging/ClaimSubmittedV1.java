package io.openrcm.reimbursement.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.platform.eventing.consumer.ValidatedPayload;
import io.openrcm.reimbursement.application.NewExpectedClaim;
import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The fields of claim-service's {@code ClaimSubmitted} v1 that reimbursement reads (tolerant reader: every other
 * field is ignored, so the producer may add fields freely). Its {@link #violations()} name every field that is
 * missing or unusable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimSubmittedV1(String claimId, String encounterId, String patientId, String payerId,
        String billingProviderNpi, String dateOfService, String totalCharge, List<Line> lines)
        implements ValidatedPayload {

    /** One service line, as far as it is read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(Integer lineNumber, String code, List<String> modifiers, Integer units, String charge,
            String dateOfService) {
    }

    @Override
    public List<String> violations() {
        List<String> problems = new ArrayList<>();
        read(problems, null, null);
        return problems;
    }

    /**
     * The expected claim this event announces.
     *
     * @throws IllegalStateException when called on a payload with violations
     */
    NewExpectedClaim toExpectedClaim(EventContext context) {
        List<String> problems = new ArrayList<>();
        NewExpectedClaim claim = read(problems, context.correlationId(), context.eventId());
        if (claim == null) {
            throw new IllegalStateException("ClaimSubmitted payload has violations: " + String.join("; ", problems));
        }
        return claim;
    }

    /** The expected claim; null when anything is wrong, each problem added to the list. */
    private NewExpectedClaim read(List<String> problems, String correlationId, UUID eventId) {
        text(problems, "claimId", claimId, 50, true);
        text(problems, "encounterId", encounterId, 50, false);
        text(problems, "patientId", patientId, 50, false);
        text(problems, "payerId", payerId, 50, true);
        text(problems, "billingProviderNpi", billingProviderNpi, 10, false);
        LocalDate serviceDate = date(problems, "dateOfService", dateOfService);
        Money total = money(problems, "totalCharge", totalCharge);
        List<NewExpectedClaim.Line> readLines = new ArrayList<>();
        List<Line> given = lines == null ? List.of() : lines;
        for (int i = 0; i < given.size(); i++) {
            Line l = given.get(i);
            String at = "lines[" + i + "].";
            if (l == null) {
                problems.add(at.substring(0, at.length() - 1) + " is null");
                continue;
            }
            if (l.lineNumber() == null) {
                problems.add(at + "lineNumber is missing");
            }
            text(problems, at + "code", l.code(), 10, true);
            List<String> modifiers = l.modifiers() == null ? List.of() : l.modifiers();
            if (modifiers.stream().anyMatch(m -> m == null || m.contains(","))
                    || String.join(",", modifiers).length() > 20) {
                problems.add(at + "modifiers are not a list of modifier codes");
            }
            Money charge = money(problems, at + "charge", l.charge());
            LocalDate lineDate = date(problems, at + "dateOfService", l.dateOfService());
            if (problems.isEmpty()) {
                readLines.add(new NewExpectedClaim.Line(l.lineNumber(), l.code(), modifiers,
                        l.units() == null ? 1 : l.units(), charge, lineDate));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new NewExpectedClaim(claimId, encounterId, payerId, billingProviderNpi, patientId, serviceDate, total,
                readLines, correlationId, eventId);
    }

    private static void text(List<String> problems, String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field + " is missing");
            }
        } else if (value.length() > maxLength) {
            problems.add(field + " is longer than " + maxLength + " characters");
        }
    }

    private static LocalDate date(List<String> problems, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field + " is not an ISO date");
            return null;
        }
    }

    private static Money money(List<String> problems, String field, String value) {
        if (value == null) {
            problems.add(field + " is missing");
            return null;
        }
        try {
            return Money.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(field + " " + e.getMessage());
            return null;
        }
    }
}
