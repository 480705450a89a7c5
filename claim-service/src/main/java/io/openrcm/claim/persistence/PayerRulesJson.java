package io.openrcm.claim.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.claim.domain.PayerRule;
import java.util.List;

/** Stores a payer's scrub rules as a JSON array (validated when the payer was saved). */
final class PayerRulesJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PayerRulesJson() {
    }

    static List<PayerRule> read(String json) {
        try {
            return json == null || json.isBlank() ? List.of()
                    : JSON.readValue(json, new TypeReference<List<PayerRule>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payer scrub rules are not readable", e);
        }
    }

    static String write(List<PayerRule> rules) {
        try {
            return JSON.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("payer scrub rules cannot be written", e);
        }
    }
}
