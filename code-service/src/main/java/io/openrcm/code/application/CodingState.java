package io.openrcm.code.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.code.domain.EncounterContent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The codes of an encounter as the audit trail records them (before and after a change), as JSON. */
final class CodingState {

    private CodingState() {
    }

    static String of(ObjectMapper json, EncounterContent c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("diagnoses", c.diagnoses().stream().map(d -> item("sequence", d.sequence(), "code", d.code(),
                "text", d.text(), "codedBy", d.codedBy() == null ? null : d.codedBy().value())).toList());
        state.put("serviceLines", c.serviceLines().stream().map(l -> item("lineNumber", l.lineNumber(), "code",
                l.code() == null ? null : l.code().code(), "text", l.text(), "codedBy",
                l.codedBy() == null ? null : l.codedBy().value(), "modifiers", l.modifiers(), "units", l.units(),
                "diagnosisPointers", l.diagnosisPointers())).toList());
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the audit state", e);
        }
    }

    private static Map<String, Object> item(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static List<Object> none() {
        return List.of();
    }
}
