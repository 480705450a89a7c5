package io.openrcm.claim.messaging;

import io.openrcm.claim.application.CodedEncounter;
import io.openrcm.claim.domain.Address;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.Patient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the patient, the diagnoses and the service lines of an EncounterCoded payload, adding a problem for each
 * thing wrong. Problems name the field, never its value: these are patient data.
 */
final class EncounterParts {

    static final Pattern ICD10_CM = Pattern.compile("[A-Z][0-9][0-9A-Z]{1,5}");
    static final Set<String> SEXES = Set.of("F", "M", "U");
    static final Pattern PROCEDURE_CODE = Pattern.compile("[A-Z0-9]{5}");
    static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
    static final int MAX_UNITS = 9999;

    private EncounterParts() {
    }

    /** The patient; null when anything is wrong with it. */
    static Patient patient(EncounterCodedPayload.PatientPart p, List<String> problems) {
        if (p == null) {
            problems.add("patient is missing");
            return null;
        }
        int before = problems.size();
        String id = text(p.id(), "patient.id", 100, true, problems);
        String firstName = text(p.firstName(), "patient.firstName", 100, false, problems);
        String lastName = text(p.lastName(), "patient.lastName", 100, true, problems);
        LocalDate birthDate = null;
        if (p.birthDate() == null || p.birthDate().isBlank()) {
            problems.add("patient.birthDate is missing");
        } else {
            try {
                birthDate = LocalDate.parse(p.birthDate().trim());
            } catch (DateTimeParseException e) {
                problems.add("patient.birthDate is not a date (YYYY-MM-DD)");
            }
        }
        if (p.sex() == null || !SEXES.contains(p.sex())) {
            problems.add("patient.sex must be F, M or U");
        }
        Address home = p.address() == null ? null : CoverageParts.address(p.address(), "patient.address", problems);
        return problems.size() > before ? null : new Patient(id, firstName, lastName, birthDate, p.sex(), home);
    }

    /** The diagnoses ordered by sequence; a missing sequence is the diagnosis's position. */
    static List<Diagnosis> diagnoses(List<EncounterCodedPayload.DiagnosisPart> parts, List<String> problems) {
        if (parts == null || parts.isEmpty()) {
            problems.add("diagnoses are missing");
            return List.of();
        }
        List<Diagnosis> result = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            EncounterCodedPayload.DiagnosisPart part = parts.get(i);
            int sequence = part == null || part.sequence() == null ? i + 1 : part.sequence();
            String code = part == null ? null : Diagnosis.normalize(part.code());
            if (code == null || !ICD10_CM.matcher(code).matches()) {
                problems.add("diagnoses[" + i + "].code is not an ICD-10-CM code");
            } else if (sequence < 1 || !seen.add(sequence)) {
                problems.add("diagnoses[" + i + "].sequence " + sequence + " is not a new positive sequence");
            } else {
                result.add(new Diagnosis(sequence, code));
            }
        }
        result.sort(Comparator.comparingInt(Diagnosis::sequence));
        return result;
    }

    /** The service lines ordered by line number; a missing line number is the line's position. */
    static List<CodedEncounter.Line> lines(List<EncounterCodedPayload.ServiceLinePart> parts, List<String> problems) {
        if (parts == null || parts.isEmpty()) {
            problems.add("serviceLines are missing");
            return List.of();
        }
        Set<Integer> lineNumbers = new HashSet<>();
        List<CodedEncounter.Line> lines = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            EncounterCodedPayload.ServiceLinePart part = parts.get(i);
            String at = "serviceLines[" + i + "]";
            if (part == null) {
                problems.add(at + " is empty");
                continue;
            }
            int before = problems.size();
            int lineNumber = part.lineNumber() == null ? i + 1 : part.lineNumber();
            if (lineNumber < 1 || !lineNumbers.add(lineNumber)) {
                problems.add(at + ".lineNumber " + lineNumber + " is not a new positive line number");
            }
            String code = part.code() == null ? null : part.code().trim().toUpperCase(Locale.ROOT);
            if (code == null || !PROCEDURE_CODE.matcher(code).matches()) {
                problems.add(at + ".code is not a CPT or HCPCS code");
            }
            text(part.codeSystem(), at + ".codeSystem", 10, false, problems);
            List<String> modifiers = part.modifiers() == null ? List.of() : part.modifiers();
            if (modifiers.size() > 4 || modifiers.stream().anyMatch(m -> m == null || !MODIFIER.matcher(m).matches())) {
                problems.add(at + ".modifiers must be at most 4 two-character modifiers");
            }
            int units = units(part.units(), at, problems);
            List<Integer> pointers = part.diagnosisPointers() == null ? List.of() : part.diagnosisPointers();
            // Pointers to diagnoses the claim lacks are the scrubber's finding (SCR-DX-001); only unstorable ones
            // are refused here.
            if (pointers.size() > 4 || pointers.stream().anyMatch(p -> p == null || p < 1 || p > 99)) {
                problems.add(at + ".diagnosisPointers must be at most 4 numbers from 1 to 99");
            }
            if (problems.size() == before) {
                lines.add(new CodedEncounter.Line(lineNumber, code, part.codeSystem(), modifiers, units, pointers));
            }
        }
        lines.sort(Comparator.comparingInt(CodedEncounter.Line::lineNumber));
        return lines;
    }

    private static int units(BigDecimal units, String at, List<String> problems) {
        if (units == null || units.signum() <= 0 || units.stripTrailingZeros().scale() > 0
                || units.compareTo(BigDecimal.valueOf(MAX_UNITS)) > 0) {
            problems.add(at + ".units must be a whole number from 1 to " + MAX_UNITS);
            return 0;
        }
        return units.intValueExact();
    }

    /** Trimmed text, null when blank; a problem when required and missing, or longer than max. */
    static String text(String value, String field, int max, boolean required, List<String> problems) {
        String trimmed = value == null || value.isBlank() ? null : value.trim();
        if (trimmed == null && required) {
            problems.add(field + " is missing");
        } else if (trimmed != null && trimmed.length() > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
        return trimmed;
    }
}
