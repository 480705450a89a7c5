package io.openrcm.claim.application;

import static io.openrcm.claim.application.EncounterParts.text;

import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.claim.domain.Diagnosis;
import io.openrcm.claim.domain.FeeSchedule;
import io.openrcm.claim.domain.FeeScheduleRow;
import io.openrcm.kernel.Money;
import io.openrcm.kernel.Npi;
import io.openrcm.claim.domain.Patient;
import io.openrcm.claim.persistence.FeeScheduleStore;
import io.openrcm.claim.persistence.ReferenceDataStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a coded encounter against the claim rules and the reference data (known payer, known billing provider,
 * a fee for every line) and builds the priced claim details. Collects every problem before refusing, so one
 * dead-letter reason names all of them; problems name fields and codes, never patient data.
 */
@ApplicationScoped
public class ClaimBuilder {

    static final Pattern PROCEDURE_CODE = Pattern.compile("[A-Z0-9]{5}");
    static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
    static final Pattern PLACE_OF_SERVICE = Pattern.compile("[0-9]{2}");
    static final int MAX_UNITS = 9999;

    private final ReferenceDataStore referenceData;
    private final FeeScheduleStore fees;

    @Inject
    public ClaimBuilder(ReferenceDataStore referenceData, FeeScheduleStore fees) {
        this.referenceData = referenceData;
        this.fees = fees;
    }

    /** The encounter id of the event, which must be a UUID. */
    public static UUID encounterId(EncounterCodedPayload e) {
        if (e.encounterId() == null || e.encounterId().isBlank()) {
            throw new ClaimRuleException("encounterId is missing");
        }
        try {
            return UUID.fromString(e.encounterId().trim());
        } catch (IllegalArgumentException ex) {
            throw new ClaimRuleException("encounterId is not a UUID");
        }
    }

    /**
     * The priced claim details.
     *
     * @throws ClaimRuleException naming every problem found
     */
    public ClaimDetails build(EncounterCodedPayload e, String correlationId) {
        UUID encounterId = encounterId(e);
        List<String> problems = new ArrayList<>();
        Patient patient = EncounterParts.patient(e.patient(), problems);
        String memberId = text(e.subscriber() == null ? null : e.subscriber().memberId(), "subscriber.memberId", 80,
                true, problems);
        String ehrEncounterId = text(e.ehrEncounterId(), "ehrEncounterId", 100, false, problems);
        String payerId = text(e.payerId(), "payerId", 50, true, problems);
        if (payerId != null && payerId.length() <= 50 && !referenceData.hasPayer(payerId)) {
            problems.add("unknown payer " + payerId);
        }
        String billingNpi = text(e.billingProviderNpi(), "billingProviderNpi", 10, true, problems);
        if (billingNpi != null && !Npi.isValid(billingNpi)) {
            problems.add("billingProviderNpi is not a valid NPI");
        } else if (billingNpi != null && !referenceData.hasProvider(billingNpi)) {
            problems.add("unknown billing provider " + billingNpi);
        }
        // A rendering NPI with a wrong check digit is the scrubber's finding (SCR-NPI-002), fixed in the work queue.
        String renderingNpi = text(e.renderingProviderNpi(), "renderingProviderNpi", 10, false, problems);
        if (renderingNpi != null && !renderingNpi.matches("[0-9]{10}")) {
            problems.add("renderingProviderNpi is not 10 digits");
        }
        if (e.dateOfService() == null) {
            problems.add("dateOfService is missing");
        }
        if (e.placeOfService() == null || !PLACE_OF_SERVICE.matcher(e.placeOfService()).matches()) {
            problems.add("placeOfService must be a 2-digit place of service code");
        }
        if (correlationId != null && correlationId.length() > 100) {
            problems.add("the correlation id is longer than 100 characters");
        }
        List<Diagnosis> diagnoses = EncounterParts.diagnoses(e.diagnoses(), problems);
        List<ClaimLine> lines = problems.isEmpty() ? lines(e, billingNpi, diagnoses, problems) : List.of();
        if (!problems.isEmpty()) {
            throw new ClaimRuleException("encounter " + encounterId + " cannot be billed: "
                    + String.join("; ", problems));
        }
        return new ClaimDetails(encounterId, ehrEncounterId, patient, memberId, payerId, billingNpi, renderingNpi,
                e.placeOfService(), e.dateOfService(), diagnoses, lines, correlationId);
    }

    private List<ClaimLine> lines(EncounterCodedPayload e, String billingNpi, List<Diagnosis> diagnoses,
            List<String> problems) {
        List<EncounterCodedPayload.ServiceLinePart> parts = e.serviceLines();
        if (parts == null || parts.isEmpty()) {
            problems.add("serviceLines are missing");
            return List.of();
        }
        Set<Integer> lineNumbers = new HashSet<>();
        List<ClaimLine> lines = new ArrayList<>();
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
                lines.add(new ClaimLine(lineNumber, code, part.codeSystem(), modifiers, units, pointers,
                        unitFee(fees, billingNpi, code, modifiers, e.dateOfService()), e.dateOfService()));
            }
        }
        lines.sort(Comparator.comparingInt(ClaimLine::lineNumber));
        return lines;
    }

    /**
     * The fee in effect on the date of service; zero when no schedule prices the code, which the scrubber reports
     * (SCR-CHG-001) so the claim waits in the work queue until the fee schedule is completed and it is scrubbed again.
     */
    static Money unitFee(FeeScheduleStore fees, String billingNpi, String code, List<String> modifiers,
            LocalDate date) {
        String firstModifier = modifiers.isEmpty() ? null : modifiers.get(0);
        return new FeeSchedule(fees.candidates(billingNpi, code, date)).select(billingNpi, code, firstModifier, date)
                .map(FeeScheduleRow::charge).orElse(Money.ZERO);
    }

    private static int units(BigDecimal units, String at, List<String> problems) {
        if (units == null || units.signum() <= 0 || units.stripTrailingZeros().scale() > 0
                || units.compareTo(BigDecimal.valueOf(MAX_UNITS)) > 0) {
            problems.add(at + ".units must be a whole number from 1 to " + MAX_UNITS);
            return 0;
        }
        return units.intValueExact();
    }
}
