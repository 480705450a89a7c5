package io.openrcm.code.hl7;

import io.openrcm.platform.problem.Violation;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a mapped request came from: the JSON pointers the validator names, tied to HL7 fields, so a
 * violation of {@code /serviceLines/1/code} comes back to the interface team as FT1(2)-7.
 */
final class Hl7Places {

    private final Map<String, Hl7Error> byPointer = new HashMap<>();

    void put(String pointer, String segment, int sequence, int field) {
        byPointer.put(pointer, new Hl7Error(segment, sequence, field, 0, "E", ""));
    }

    /** The ERR of a validator violation: the place of its longest known pointer prefix, the message as its text. */
    Hl7Error locate(Violation v) {
        String pointer = v.pointer() == null ? "" : v.pointer();
        Hl7Error place = null;
        for (String p = pointer; place == null && !p.isEmpty(); p = p.substring(0, Math.max(p.lastIndexOf('/'), 0))) {
            place = byPointer.get(p);
        }
        String message = v.message().replace("must be an ISO date (YYYY-MM-DD)", "must be a valid HL7 date (YYYYMMDD)");
        int code = message.startsWith("is required") ? Hl7Error.REQUIRED_FIELD_MISSING
                : message.startsWith("must be a CPT") || message.startsWith("must be an ICD-10-CM")
                        ? Hl7Error.TABLE_VALUE_NOT_FOUND : Hl7Error.DATA_TYPE;
        String text = (pointer.isEmpty() ? "" : pointer + " ") + message;
        if (place == null) {
            return new Hl7Error("", 0, 0, code, "E", text);
        }
        return new Hl7Error(place.segment(), place.sequence(), place.field(), code, "E", text);
    }
}
