package io.openrcm.claim.application;

import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.Patient;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the patient and the diagnoses of an EncounterCoded payload, adding a problem for each thing wrong. Problems
 * name the field, never its value: these are patient data.
 */
final class EncounterParts {

    static final Pattern ICD10_CM = Pattern.compile("[A-Z][0-9][0-9A-Z]{1,5}");
    static final Set<String> SEXES = Set.of("F", "M", "U");

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
        return problems.size() > before ? null : new Patient(id, firstName, lastName, birthDate, p.sex());
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
