package io.openrcm.dashboard.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.dashboard.domain.ClaimStatusChange;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a ClaimStatusChanged payload as a tolerant reader: only the fields the dashboard needs, unknown fields
 * ignored, the optional added ones ({@code dateOfService}, {@code denialCategory}) used when present.
 */
final class ClaimStatusEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimStatusEvents() {
    }

    /** The change; IllegalArgumentException when a required field is missing or malformed. */
    static ClaimStatusChange read(UUID eventId, String payload) throws IOException {
        JsonNode n = JSON.readTree(payload);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("The payload is not a JSON object");
        }
        List<String> codes = new ArrayList<>();
        n.path("reasonCodes").forEach(code -> codes.add(code.asText()));
        ClaimStatusChange.Amounts amounts = new ClaimStatusChange.Amounts(money(n, "totalCharge"),
                money(n, "paidAmount"), money(n, "adjustmentAmount"), money(n, "patientResponsibility"),
                money(n, "outstanding"));
        return new ClaimStatusChange(eventId, text(n, "claimId"), text(n, "encounterId"), text(n, "payerId"),
                text(n, "billingProviderNpi"), text(n, "fromStatus"), text(n, "toStatus"), text(n, "reason"), codes,
                amounts, instant(n), date(n), text(n, "denialCategory"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal money(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " is not an amount: " + v);
        }
    }

    private static Instant instant(JsonNode n) {
        String v = text(n, "changedAt");
        if (v == null) {
            throw new IllegalArgumentException("changedAt is missing");
        }
        try {
            return Instant.parse(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("changedAt is not an RFC 3339 time: " + v);
        }
    }

    private static LocalDate date(JsonNode n) {
        String v = text(n, "dateOfService");
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
