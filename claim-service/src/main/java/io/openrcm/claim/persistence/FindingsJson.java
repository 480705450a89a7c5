package io.openrcm.claim.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.openrcm.claim.domain.Finding;
import java.util.List;

/** Stores a claim's findings as a JSON array of {code, message}. */
public final class FindingsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Made once: every claim a batch reads parses its findings, most of them none ("[]").
    private static final ObjectReader ROWS = JSON.readerFor(new TypeReference<List<Row>>() { });

    private FindingsJson() {
    }

    public static String write(List<Finding> findings) {
        try {
            return JSON.writeValueAsString(findings.stream().map(f -> new Row(f.code(), f.message())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings cannot be written", e);
        }
    }

    public static List<Finding> read(String json) {
        if (json == null || json.isBlank() || "[]".equals(json)) {
            return List.of();
        }
        try {
            List<Row> rows = ROWS.readValue(json);
            return rows.stream().map(r -> new Finding(r.code(), r.message())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored findings are not JSON", e);
        }
    }

    /** One stored finding. */
    public record Row(String code, String message) {
    }
}
