package io.openrcm.code.application;

import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.edits.EditFinding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The payload of EncounterCoded v1 on {@code rcm.coding.encounter-coded.v1}; field names and shape are those of the
 * golden example {@code events/examples/encounter-coded.v1.json}, documented in
 * {@code events/encounter-coded.v1.schema.json}.
 */
public record EncounterCodedPayload(String encounterId, String ehrEncounterId, String status, Patient patient,
        Subscriber subscriber, String payerId, String billingProviderNpi, String renderingProviderNpi,
        LocalDate dateOfService, String placeOfService, List<Diagnosis> diagnoses, List<ServiceLine> serviceLines,
        List<Warning> warnings, Instant codedAt) {

    /** The payload of a coded encounter. */
    public static EncounterCodedPayload of(Encounter e) {
        EncounterContent c = e.content();
        return new EncounterCodedPayload(e.id().toString(), c.ehrEncounterId(), e.status().name(),
                new Patient(c.patient().id(), c.patient().firstName(), c.patient().lastName(),
                        c.patient().birthDate(), c.patient().sex().name()),
                new Subscriber(c.subscriberMemberId()), c.payerId(), c.billingProviderNpi(),
                c.renderingProviderNpi(), c.dateOfService(), c.placeOfService(),
                c.diagnoses().stream().map(d -> new Diagnosis(d.sequence(), d.code(), d.codedBy().value())).toList(),
                c.serviceLines().stream().map(l -> new ServiceLine(l.lineNumber(), l.code().code(),
                        l.code().system().name(), l.modifiers(), l.units(), l.diagnosisPointers(),
                        l.codedBy().value())).toList(),
                e.warnings().stream().map(w -> new Warning(w.editId(), w.severity().name(), w.message(),
                        w.diagnosisSequence(), w.lineNumber(), w.editId(), pointer(w))).toList(), e.codedAt());
    }

    private static String pointer(EditFinding w) {
        if (w.diagnosisSequence() != null) {
            return "/diagnoses/" + (w.diagnosisSequence() - 1);
        }
        return w.lineNumber() == null ? null : "/serviceLines/" + (w.lineNumber() - 1);
    }

    /** The patient, as claims need them. */
    public record Patient(String id, String firstName, String lastName, LocalDate birthDate, String sex) {
    }

    /** The insurance subscriber. */
    public record Subscriber(String memberId) {
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
