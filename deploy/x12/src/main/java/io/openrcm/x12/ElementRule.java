package io.openrcm.x12;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDIType;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * One element (or composite) of a segment as a precompiled check. It accepts a value only when StAEDI's validator
 * (1.26) would report nothing for it: same lengths, code lists, numeric, date and time rules, or stricter (an
 * exponent in a decimal, a six-digit date are left to StAEDI). A value it refuses sends the file to StAEDI.
 */
final class ElementRule {

    private enum Kind { STRING, NUMERIC, DECIMAL, DATE, TIME, ANY }

    private final boolean required;
    private final Kind kind;
    private final int minLength;
    private final int maxLength;
    private final Set<String> codes;
    private final ElementRule[] components;

    private ElementRule(boolean required, Kind kind, int minLength, int maxLength, Set<String> codes,
            ElementRule[] components) {
        this.required = required;
        this.kind = kind;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.codes = codes;
        this.components = components;
    }

    /** The rule of a reference in a segment or composite; null when it holds what this table does not model. */
    static ElementRule of(EDIReference ref) {
        if (ref.hasVersions() || ref.getMaxOccurs() != 1 && !isAny(ref.getReferencedType())) {
            return null;
        }
        boolean required = ref.getMinOccurs() > 0;
        EDIType type = ref.getReferencedType();
        if (isAny(type)) {
            return new ElementRule(required, Kind.ANY, 0, Integer.MAX_VALUE, null, null);
        }
        if (type instanceof EDIComplexType composite) {
            if (!composite.getSyntaxRules().isEmpty()) {
                return null;
            }
            List<EDIReference> refs = composite.getReferences();
            ElementRule[] parts = new ElementRule[refs.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = of(refs.get(i));
                if (parts[i] == null || parts[i].components != null) {
                    return null;
                }
            }
            return new ElementRule(required, Kind.ANY, 0, 0, null, parts);
        }
        EDISimpleType simple = (EDISimpleType) type;
        if (simple.hasVersions()) {
            return null;
        }
        Kind kind = switch (simple.getBase()) {
            case STRING, IDENTIFIER -> Kind.STRING;
            case NUMERIC -> Kind.NUMERIC;
            case DECIMAL -> Kind.DECIMAL;
            case DATE -> Kind.DATE;
            case TIME -> Kind.TIME;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        Set<String> values = simple.getValueSet();
        return new ElementRule(required, kind, (int) simple.getMinLength(),
                (int) Math.min(Integer.MAX_VALUE, simple.getMaxLength()), values.isEmpty() ? null : Set.copyOf(values),
                null);
    }

    private static boolean isAny(EDIType type) {
        return type.getId().endsWith("ANY_COMPOSITE") || type.getId().endsWith("ANY_ELEMENT");
    }

    boolean required() {
        return required;
    }

    /** True when StAEDI would find nothing wrong with this present element (its components, one if simple). */
    boolean accepts(List<String> element) {
        if (kind == Kind.ANY && components == null) {
            return true;
        }
        if (components == null) {
            return element.size() == 1 && acceptsValue(element.get(0));
        }
        if (element.size() > components.length) {
            return false;
        }
        for (int c = 0; c < components.length; c++) {
            String value = c < element.size() ? element.get(c) : null;
            if (value == null || value.isEmpty()) {
                if (components[c].required) {
                    return false;
                }
            } else if (!components[c].acceptsValue(value)) {
                return false;
            }
        }
        return true;
    }

    /** A present simple value; characters are already printable ASCII (the tokenizer refuses the rest). */
    private boolean acceptsValue(String v) {
        return switch (kind) {
            case ANY -> true;
            case STRING -> v.length() >= minLength && v.length() <= maxLength && (codes == null || codes.contains(v));
            case NUMERIC -> inLength(digits(v, false));
            case DECIMAL -> inLength(digits(v, true));
            case DATE -> v.length() == 8 && inLength(8) && date(v);
            case TIME -> inLength(v.length()) && (v.length() >= 6 || v.length() % 2 == 0) && time(v);
        };
    }

    private boolean inLength(int length) {
        return length >= minLength && length <= maxLength;
    }

    /** The digits of {@code -?[0-9]+} (with one '.' when decimal), as StAEDI counts length; -1 when not that shape. */
    private static int digits(String v, boolean decimal) {
        int digits = 0;
        boolean point = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' && i == 0) {
                continue;
            } else if (c == '.' && decimal && !point) {
                point = true;
            } else {
                return -1;
            }
        }
        return digits == 0 ? -1 : digits;
    }

    private static boolean date(String v) {
        for (int i = 0; i < 8; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        int year = Integer.parseInt(v, 0, 4, 10);
        int month = Integer.parseInt(v, 4, 6, 10);
        int day = Integer.parseInt(v, 6, 8, 10);
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static boolean time(String v) {
        int[] parts = new int[3];
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 6) {
                parts[i / 2] = parts[i / 2] * 10 + (c - '0');
            }
        }
        return parts[0] < 24 && parts[1] < 60 && parts[2] < 60;
    }
}
