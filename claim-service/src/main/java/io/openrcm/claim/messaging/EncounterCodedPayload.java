package io.openrcm.claim.messaging;

import static io.openrcm.claim.messaging.EncounterParts.text;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.openrcm.claim.application.CodedEncounter;
import io.openrcm.claim.domain.Coverage;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.Patient;
import io.openrcm.platform.eventing.consumer.ValidatedPayload;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The fields of code-service's EncounterCoded event (rcm.coding.encounter-coded.v1) that a claim needs; every other
 * field is ignored (tolerant reader). Its {@link #violations()} name every field that is missing or malformed; the
 * reference data (known payer, known billing provider, fees) is the use case's to check.
 *
 * @param encounterId the encounter's id
 * @param ehrEncounterId the EHR's id of the encounter
 * @param patient the patient
 * @param subscriber the insured
 * @param payerId the payer to bill
 * @param billingProviderNpi the billing provider
 * @param renderingProviderNpi the rendering provider
 * @param dateOfService the date of service
 * @param placeOfService the CMS place of service code
 * @param diagnoses the diagnoses
 * @param serviceLines the service lines
 * @param coverages the coverages in order of payment; absent from events emitted before coverages
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EncounterCodedPayload(String encounterId, String ehrEncounterId, PatientPart patient,
        SubscriberPart subscriber, String payerId, String billingProviderNpi, String renderingProviderNpi,
        LocalDate dateOfService, String placeOfService, List<DiagnosisPart> diagnoses,
        List<ServiceLinePart> serviceLines, List<CoverageParts.CoveragePart> coverages) implements ValidatedPayload {

    static final Pattern PLACE_OF_SERVICE = Pattern.compile("[0-9]{2}");

    @Override
    public List<String> violations() {
        List<String> problems = new ArrayList<>();
        read(problems);
        return problems;
    }

    /**
     * The encounter as the intake use case takes it.
     *
     * @throws IllegalStateException when called on a payload with violations
     */
    CodedEncounter toCodedEncounter() {
        List<String> problems = new ArrayList<>();
        CodedEncounter encounter = read(problems);
        if (encounter == null) {
            throw new IllegalStateException("EncounterCoded payload has violations: " + String.join("; ", problems));
        }
        return encounter;
    }

    /** The encounter; null when anything is wrong, each problem added to the list. */
    private CodedEncounter read(List<String> problems) {
        UUID id = encounterUuid(problems);
        Patient p = EncounterParts.patient(patient, problems);
        String memberId = text(subscriber == null ? null : subscriber.memberId(), "subscriber.memberId", 80, true,
                problems);
        String ehrId = text(ehrEncounterId, "ehrEncounterId", 100, false, problems);
        String payer = text(payerId, "payerId", 50, true, problems);
        String billingNpi = text(billingProviderNpi, "billingProviderNpi", 10, true, problems);
        // A rendering NPI with a wrong check digit is the scrubber's finding (SCR-NPI-002), fixed in the work queue.
        String renderingNpi = text(renderingProviderNpi, "renderingProviderNpi", 10, false, problems);
        if (renderingNpi != null && !renderingNpi.matches("[0-9]{10}")) {
            problems.add("renderingProviderNpi is not 10 digits");
        }
        if (dateOfService == null) {
            problems.add("dateOfService is missing");
        }
        if (placeOfService == null || !PLACE_OF_SERVICE.matcher(placeOfService).matches()) {
            problems.add("placeOfService must be a 2-digit place of service code");
        }
        List<Diagnosis> dx = EncounterParts.diagnoses(diagnoses, problems);
        List<CodedEncounter.Line> lines = EncounterParts.lines(serviceLines, problems);
        List<Coverage> covered = CoverageParts.coverages(coverages, payer, memberId, problems);
        return problems.isEmpty() ? new CodedEncounter(id, ehrId, p, memberId, payer, billingNpi, renderingNpi,
                dateOfService, placeOfService, dx, lines, covered) : null;
    }

    private UUID encounterUuid(List<String> problems) {
        if (encounterId == null || encounterId.isBlank()) {
            problems.add("encounterId is missing");
            return null;
        }
        try {
            return UUID.fromString(encounterId.trim());
        } catch (IllegalArgumentException ex) {
            problems.add("encounterId is not a UUID");
            return null;
        }
    }

    /**
     * The patient block. The birth date is read as text so that an unreadable one is reported without echoing it
     * (a parser's message would carry the value into logs and dead-letter headers).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PatientPart(String id, String firstName, String lastName, String birthDate, String sex,
            CoverageParts.AddressPart address) {

        /** A patient block without an address (events before it was added). */
        public PatientPart(String id, String firstName, String lastName, String birthDate, String sex) {
            this(id, firstName, lastName, birthDate, sex, null);
        }
    }

    /** The subscriber block. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubscriberPart(String memberId) {
    }

    /** One diagnosis. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DiagnosisPart(Integer sequence, String code) {
    }

    /** One service line; units are read as a decimal so a fractional value is refused rather than truncated. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceLinePart(Integer lineNumber, String code, String codeSystem, List<String> modifiers,
            BigDecimal units, List<Integer> diagnosisPointers) {
    }
}
