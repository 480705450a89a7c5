package io.openrcm.code.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.util.Terser;
import java.util.ArrayList;
import java.util.List;

/** Reads field components of parsed segments as stripped text, null when empty. */
final class Fields {

    private Fields() {
    }

    /** Component {@code component} (1-based) of the first repetition of field {@code field}. */
    static String get(Segment segment, int field, int component) {
        return get(segment, field, 0, component);
    }

    static String get(Segment segment, int field, int repetition, int component) {
        try {
            String value = Terser.get(segment, field, repetition, component, 1);
            return value == null || value.isBlank() ? null : value.strip();
        } catch (HL7Exception e) {
            return null;
        }
    }

    /** Component {@code component} of every repetition of the field that has one. */
    static List<String> all(Segment segment, int field, int component) {
        List<String> values = new ArrayList<>();
        try {
            int reps = segment.getField(field).length;
            for (int r = 0; r < reps; r++) {
                String v = get(segment, field, r, component);
                if (v != null) {
                    values.add(v);
                }
            }
        } catch (HL7Exception e) {
            return values;
        }
        return values;
    }

    /** An HL7 date or date-time (YYYYMMDD[HHMM...]) as an ISO date; null when it is not one. */
    static String isoDate(String dtm) {
        if (dtm == null || !dtm.matches("[0-9]{8}([0-9]{2,6}(\\.[0-9]{1,4})?)?([+-][0-9]{4})?")) {
            return null;
        }
        return dtm.substring(0, 4) + "-" + dtm.substring(4, 6) + "-" + dtm.substring(6, 8);
    }
}
