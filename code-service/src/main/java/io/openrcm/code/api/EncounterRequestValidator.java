package io.openrcm.code.api;

import io.openrcm.code.domain.Diagnosis;
import io.openrcm.code.domain.Address;
import io.openrcm.code.domain.CodedBy;
import io.openrcm.code.domain.Coverage;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.Icd10Cm;
import io.openrcm.kernel.Npi;
import io.openrcm.code.domain.Patient;
import io.openrcm.code.domain.ServiceLine;
import io.openrcm.code.domain.Sex;
import io.openrcm.platform.problem.ProblemException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the structure of an encounter request and turns it into normalized {@link EncounterContent}. It collects
 * every violation with its JSON pointer before failing, so one response lists everything to fix. Whether the codes
 * exist and pass the edits is not its concern: the coding engine judges that later, and an encounter whose codes
 * fail is stored as NEEDS_REVIEW for a coder, not refused.
 */
public class EncounterRequestValidator {

    static final int MAX_DIAGNOSES = 12;
    static final int MAX_SERVICE_LINES = 50;
    /** Dates are checked against the latest calendar date anywhere (UTC+14), so no sender's "today" is refused. */
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);
    private static final Pattern PLACE_OF_SERVICE = Pattern.compile("[0-9]{2}");
    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

    private final Clock clock;
    private final ServiceLineValidator lines = new ServiceLineValidator();

    public EncounterRequestValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * The normalized content of a valid request.
     *
     * @throws ProblemException 400 invalid-request listing every violation
     */
    public EncounterContent validate(EncounterRequest request) {
        ViolationCollector v = new ViolationCollector();
        if (request == null) {
            v.add("", "a request body is required");
            throw ProblemException.invalidRequest(v.all());
        }
        LocalDate today = LocalDate.now(clock.withZone(LATEST_ZONE));
        String ehrEncounterId = v.requiredText("/ehrEncounterId", request.ehrEncounterId(), 100);
        Patient patient = patient(request.patient(), today, v);
        List<Coverage> coverages = request.coverages() == null ? null
                : CoverageValidator.validate(request.coverages(), today, v);
        String memberId;
        String payerId;
        if (request.coverages() == null) {
            memberId = request.subscriber() == null ? missing(v, "/subscriber")
                    : v.requiredText("/subscriber/memberId", request.subscriber().memberId(), 80);
            payerId = v.requiredText("/payerId", request.payerId(), 80);
        } else {
            Coverage primary = coverages == null ? null : coverages.get(0);
            payerId = primary == null ? null : primary.payerId();
            memberId = primary == null ? null : primary.memberId();
            sameAsPrimary("/payerId", request.payerId(), payerId, v);
            if (coverages != null && request.patient() != null && request.patient().address() == null
                    && coverages.stream().anyMatch(c -> !c.subscriber().isSelf())) {
                v.add("/patient/address", "is required when a coverage's subscriber is not the patient (837 loop "
                        + "2010CA)");
            }
            sameAsPrimary("/subscriber/memberId", request.subscriber() == null ? null
                    : request.subscriber().memberId(), memberId, v);
        }
        String billingNpi = npi("/billingProviderNpi", request.billingProviderNpi(), v);
        String renderingNpi = npi("/renderingProviderNpi", request.renderingProviderNpi(), v);
        LocalDate dateOfService = date("/dateOfService", request.dateOfService(), today, v);
        if (dateOfService != null && patient != null && dateOfService.isBefore(patient.birthDate())) {
            v.add("/dateOfService", "must not be before the patient's birth date");
        }
        String placeOfService = request.placeOfService() == null ? missing(v, "/placeOfService")
                : PLACE_OF_SERVICE.matcher(request.placeOfService()).matches() ? request.placeOfService()
                : invalid(v, "/placeOfService", "must be a two-digit CMS place of service code");
        List<Diagnosis> diagnoses = diagnoses(request.diagnoses(), v);
        int diagnosisCount = request.diagnoses() == null ? 0 : request.diagnoses().size();
        List<ServiceLine> serviceLines = lines.validate(request.serviceLines(), diagnosisCount, v);
        if (!v.isEmpty()) {
            throw ProblemException.invalidRequest(v.all());
        }
        return new EncounterContent(ehrEncounterId, patient, memberId, payerId, billingNpi, renderingNpi,
                dateOfService, placeOfService, diagnoses, serviceLines, coverages);
    }

    /** With coverages, the single-payer fields may repeat the primary's values, never contradict them. */
    private static void sameAsPrimary(String pointer, String given, String primary, ViolationCollector v) {
        if (given != null && primary != null && !given.strip().equals(primary)) {
            v.add(pointer, "must be left out or equal the primary coverage's value (/coverages/0)");
        }
    }

    private static Patient patient(EncounterRequest.PatientRequest p, LocalDate today, ViolationCollector v) {
        if (p == null) {
            return missing(v, "/patient");
        }
        String id = v.requiredText("/patient/id", p.id(), 80);
        String firstName = v.requiredText("/patient/firstName", p.firstName(), 35);
        String lastName = v.requiredText("/patient/lastName", p.lastName(), 60);
        LocalDate birthDate = date("/patient/birthDate", p.birthDate(), today, v);
        Sex sex = null;
        if (p.sex() == null) {
            v.add("/patient/sex", "is required");
        } else {
            try {
                sex = Sex.valueOf(p.sex());
            } catch (IllegalArgumentException e) {
                v.add("/patient/sex", "must be F, M or U");
            }
        }
        int before = v.all().size();
        Address address = p.address() == null ? null : CoverageValidator.address("/patient/address", p.address(), v);
        if (id == null || firstName == null || lastName == null || birthDate == null || sex == null
                || v.all().size() > before) {
            return null;
        }
        return new Patient(id, firstName, lastName, birthDate, sex, address);
    }

    private static String npi(String pointer, String value, ViolationCollector v) {
        if (value == null) {
            return missing(v, pointer);
        }
        if (!TEN_DIGITS.matcher(value).matches()) {
            return invalid(v, pointer, "must be an NPI of exactly 10 digits");
        }
        if (!Npi.isValid(value)) {
            return invalid(v, pointer, "is not a valid NPI: it must start with 1 or 2 and end with its check digit");
        }
        return value;
    }

    static LocalDate date(String pointer, String value, LocalDate today, ViolationCollector v) {
        if (value == null) {
            return missing(v, pointer);
        }
        LocalDate date;
        try {
            date = isoDate(value);
        } catch (DateTimeException e) {
            return invalid(v, pointer, "must be an ISO date (YYYY-MM-DD)");
        }
        if (date.isAfter(today)) {
            return invalid(v, pointer, "must not be in the future");
        }
        return date;
    }

    /**
     * The date as {@link LocalDate#parse} reads it. The plain YYYY-MM-DD form, the one EHRs send, is read digit by
     * digit: the formatter's general parse was a visible share of a request's CPU (issue 14). Anything else (a
     * signed or longer year) goes to the formatter, so both accept and refuse exactly the same texts.
     */
    static LocalDate isoDate(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(value);
    }

    /** The ASCII digits from..to as a number, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    static final int MAX_TEXT = 500;

    private static List<Diagnosis> diagnoses(List<EncounterRequest.DiagnosisInput> inputs, ViolationCollector v) {
        if (inputs == null) {
            return missing(v, "/diagnoses");
        }
        if (inputs.isEmpty() || inputs.size() > MAX_DIAGNOSES) {
            v.add("/diagnoses", "must hold 1 to " + MAX_DIAGNOSES + " diagnosis codes");
        }
        List<Diagnosis> diagnoses = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            String pointer = "/diagnoses/" + i;
            EncounterRequest.DiagnosisInput input = inputs.get(i);
            if (input == null || (input.code() == null && (input.text() == null || input.text().isBlank()))) {
                v.add(pointer, "is required: an ICD-10-CM code or a text");
                continue;
            }
            if (input.code() == null) {
                String text = input.text().strip();
                if (text.length() > MAX_TEXT) {
                    v.add(pointer + "/text", "must be at most " + MAX_TEXT + " characters");
                    continue;
                }
                diagnoses.add(new Diagnosis(i + 1, null, text, null));
                continue;
            }
            String code = Icd10Cm.normalize(input.code()).orElse(null);
            if (code == null) {
                v.add(pointer, "must be an ICD-10-CM code such as E11.9 or E119");
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(code, i);
            if (earlier != null) {
                v.add(pointer, "duplicates /diagnoses/" + earlier + " (" + code + ")");
                continue;
            }
            diagnoses.add(new Diagnosis(i + 1, code, CodedBy.EHR));
        }
        return diagnoses;
    }

    static <T> T missing(ViolationCollector v, String pointer) {
        v.add(pointer, "is required");
        return null;
    }

    static <T> T invalid(ViolationCollector v, String pointer, String message) {
        v.add(pointer, message);
        return null;
    }
}
