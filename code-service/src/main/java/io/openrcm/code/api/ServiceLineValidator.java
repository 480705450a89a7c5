package io.openrcm.code.api;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodedBy;
import io.openrcm.code.domain.ProcedureCodes;
import io.openrcm.code.domain.ServiceLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the service lines of an encounter request, adding each violation with its pointer to the collector. */
final class ServiceLineValidator {

    static final int MAX_MODIFIERS = 4;
    static final int MAX_POINTERS = 4;
    static final int MAX_UNITS = 999;

    /** The valid lines; violations of the others go to the collector. */
    List<ServiceLine> validate(List<EncounterRequest.ServiceLineRequest> requested, int diagnosisCount,
            ViolationCollector v) {
        if (requested == null) {
            return EncounterRequestValidator.missing(v, "/serviceLines");
        }
        if (requested.isEmpty() || requested.size() > EncounterRequestValidator.MAX_SERVICE_LINES) {
            v.add("/serviceLines", "must hold 1 to " + EncounterRequestValidator.MAX_SERVICE_LINES + " service lines");
        }
        List<ServiceLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ServiceLine line = line(i, requested.get(i), diagnosisCount, v);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static ServiceLine line(int index, EncounterRequest.ServiceLineRequest r, int diagnosisCount,
            ViolationCollector v) {
        String at = "/serviceLines/" + index;
        if (r == null) {
            return EncounterRequestValidator.missing(v, at);
        }
        int before = v.all().size();
        boolean asText = r.code() == null && r.text() != null && !r.text().isBlank();
        if (asText && r.text().strip().length() > EncounterRequestValidator.MAX_TEXT) {
            v.add(at + "/text", "must be at most " + EncounterRequestValidator.MAX_TEXT + " characters");
        }
        CodeRef code = asText ? null : r.code() == null ? EncounterRequestValidator.missing(v, at + "/code")
                : ProcedureCodes.classify(r.code()).orElseGet(() -> EncounterRequestValidator.invalid(v,
                        at + "/code", "must be a CPT code (5 characters) or a HCPCS Level II code (letter + 4 digits)"));
        List<String> modifiers = modifiers(at, r.modifiers(), v);
        Integer units = units(at + "/units", r.units(), v);
        List<Integer> pointers = pointers(at + "/diagnosisPointers", r.diagnosisPointers(), diagnosisCount, v);
        if (v.all().size() > before) {
            return null;
        }
        return new ServiceLine(index + 1, code, asText ? r.text().strip() : null, modifiers, units, pointers,
                asText ? null : CodedBy.EHR);
    }

    private static List<String> modifiers(String at, List<String> requested, ViolationCollector v) {
        if (requested == null) {
            return List.of();
        }
        if (requested.size() > MAX_MODIFIERS) {
            v.add(at + "/modifiers", "must hold at most " + MAX_MODIFIERS + " modifiers");
        }
        List<String> modifiers = new ArrayList<>();
        for (int m = 0; m < requested.size(); m++) {
            String modifier = ProcedureCodes.normalizeModifier(requested.get(m)).orElse(null);
            if (modifier == null) {
                v.add(at + "/modifiers/" + m, "must be a modifier of 2 letters or digits");
            } else {
                modifiers.add(modifier);
            }
        }
        return modifiers;
    }

    private static Integer units(String pointer, BigDecimal units, ViolationCollector v) {
        if (units == null) {
            return EncounterRequestValidator.missing(v, pointer);
        }
        // Bounded by digits before any arithmetic: 1E600000000 holds one digit and a huge exponent.
        if (units.precision() - units.scale() > 3) {
            return EncounterRequestValidator.invalid(v, pointer, "must be from 1 to " + MAX_UNITS);
        }
        if (units.scale() > 0 && units.stripTrailingZeros().scale() > 0) {
            return EncounterRequestValidator.invalid(v, pointer, "must be a whole number of units");
        }
        if (units.compareTo(BigDecimal.ONE) < 0 || units.compareTo(BigDecimal.valueOf(MAX_UNITS)) > 0) {
            return EncounterRequestValidator.invalid(v, pointer, "must be from 1 to " + MAX_UNITS);
        }
        return units.intValueExact();
    }

    private static List<Integer> pointers(String at, List<Integer> requested, int diagnosisCount,
            ViolationCollector v) {
        if (requested == null) {
            return EncounterRequestValidator.missing(v, at);
        }
        if (requested.isEmpty() || requested.size() > MAX_POINTERS) {
            v.add(at, "must hold 1 to " + MAX_POINTERS + " diagnosis pointers");
        }
        Set<Integer> seen = new HashSet<>();
        for (int p = 0; p < requested.size(); p++) {
            Integer pointer = requested.get(p);
            if (pointer == null) {
                v.add(at + "/" + p, "is required");
            } else if (pointer < 1 || (diagnosisCount > 0 && pointer > diagnosisCount)) {
                v.add(at + "/" + p, "must point at a diagnosis: a number from 1 to " + Math.max(diagnosisCount, 1));
            } else if (!seen.add(pointer)) {
                v.add(at + "/" + p, "repeats diagnosis pointer " + pointer);
            }
        }
        return List.copyOf(requested.stream().filter(x -> x != null).toList());
    }
}
