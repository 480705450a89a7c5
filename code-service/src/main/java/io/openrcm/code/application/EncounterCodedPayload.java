package io.openrcm.code.application;

import io.openrcm.code.domain.Address;
import io.openrcm.code.domain.Coverage;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.edits.EditFinding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The payload of EncounterCoded v1 on {@code rcm.coding.encounter-coded.v1}; field names and shape are those of the
 * golden example {@code events/examples/encounter-coded.v1.json}, documented in
 * {@code events/encounter-coded.v1.schema.json}.
 */
public record EncounterCodedPayload(String encounterId, String ehrEncounterId, String status, Patient patient,
        Subscriber subscriber, String payerId, String billingProviderNpi, String renderingProviderNpi,
        LocalDate dateOfService, String placeOfService, List<Diagnosis> diagnoses, List<ServiceLine> serviceLines,
        List<Warning> warnings, Instant codedAt, List<CoveragePart> coverages) {

    private static final List<String> SEQUENCES = List.of("PRIMARY", "SECONDARY", "TERTIARY");

    /** The payload of a coded encounter. */
    public static EncounterCodedPayload of(Encounter e) {
        EncounterContent c = e.content();
        return new EncounterCodedPayload(e.id().toString(), c.ehrEncounterId(), e.status().name(),
                new Patient(c.patient().id(), c.patient().firstName(), c.patient().lastName(),
                        c.patient().birthDate(), c.patient().sex().name(), address(c.patient().address())),
                new Subscriber(c.subscriberMemberId()), c.payerId(), c.billingProviderNpi(),
                c.renderingProviderNpi(), c.dateOfService(), c.placeOfService(),
                c.diagnoses().stream().map(d -> new Diagnosis(d.sequence(), d.code(), d.codedBy().value())).toList(),
                c.serviceLines().stream().map(l -> new ServiceLine(l.lineNumber(), l.code().code(),
                        l.code().system().name(), l.modifiers(), l.units(), l.diagnosisPointers(),
                        l.codedBy().value())).toList(),
                e.warnings().stream().map(w -> new Warning(w.editId(), w.severity().name(), w.message(),
                        w.diagnosisSequence(), w.lineNumber(), w.editId(), pointer(w))).toList(), e.codedAt(),
                coverages(c));
    }

    private static List<CoveragePart> coverages(EncounterContent c) {
        List<CoveragePart> parts = new ArrayList<>();
        for (int i = 0; i < c.coverages().size(); i++) {
            Coverage coverage = c.coverages().get(i);
            var s = coverage.subscriber();
            Address a = s.address();
            parts.add(new CoveragePart(SEQUENCES.get(i), coverage.payerId(), coverage.memberId(),
                    new CoverageSubscriber(s.relationship(), s.firstName(), s.lastName(), s.birthDate(),
                            s.sex() == null ? null : s.sex().name(), address(a))));
        }
        return parts;
    }

    private static AddressPart address(Address a) {
        return a == null ? null : new AddressPart(a.line1(), a.line2(), a.city(), a.state(), a.postalCode());
    }

    private static String pointer(EditFinding w) {
        if (w.diagnosisSequence() != null) {
            return "/diagnoses/" + (w.diagnosisSequence() - 1);
        }
        return w.lineNumber() == null ? null : "/serviceLines/" + (w.lineNumber() - 1);
    }

    /** The patient, as claims need them; address added within v1 (null when not sent). */
    public record Patient(String id, String firstName, String lastName, LocalDate birthDate, String sex,
            AddressPart address) {
    }

    /** The insurance subscriber. */
    public record Subscriber(String memberId) {
    }

    /** One coverage in order of payment (PRIMARY, SECONDARY, TERTIARY); added to v1, readers may ignore it. */
    public record CoveragePart(String sequence, String payerId, String memberId, CoverageSubscriber subscriber) {
    }

    /** The subscriber of a coverage; name, birth date and sex are null when the relationship is 18 (self). */
    public record CoverageSubscriber(String relationship, String firstName, String lastName, LocalDate birthDate,
            String sex, AddressPart address) {
    }

    /** A postal address. */
    public record AddressPart(String line1, String line2, String city, String state, String postalCode) {
    }

    /** A diagnosis, ICD-10-CM without the dot. */
    public record Diagnosis(int sequence, String code, String codedBy) {
    }

    /** A service line; codeSystem is CPT or HCPCS. */
    public record ServiceLine(int lineNumber, String code, String codeSystem, List<String> modifiers, int units,
            List<Integer> diagnosisPointers, String codedBy) {
    }

    /**
     * A coding concern that did not stop the encounter: the edit id, WARNING, a sentence, and the diagnosis or line it
     * concerns; {@code code} repeats the edit id and {@code pointer} points into this payload, for v1 readers.
     */
    public record Warning(String editId, String severity, String message, Integer diagnosisSequence,
            Integer lineNumber, String code, String pointer) {
    }
}
